import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  ISSUED = 'ISSUED',
  SIGNED = 'SIGNED',
  ON_SCENE = 'ON_SCENE',
  HANDLING = 'HANDLING',
  COMPLETED = 'COMPLETED',
  DISPUTED = 'DISPUTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: '指令状态 state of an order to a unit',
  valuesConfig: {
    ISSUED: { description: '已下达 issued, waiting for the unit to sign for it' },
    SIGNED: { description: '已签收 signed for by the unit' },
    ON_SCENE: { description: '已到场 the unit\'s people are on the scene' },
    HANDLING: { description: '处置中 being handled, progress fed back' },
    COMPLETED: { description: '已办结 completed, result fed back' },
    DISPUTED: { description: '有异议 the unit says it is not its duty; waiting for a ruling' },
    CANCELLED: { description: '已撤销 cancelled' },
  },
});

export enum OrderChannel {
  GRID = 'GRID',
  PHONE = 'PHONE',
}

registerEnumType(OrderChannel, {
  name: 'OrderChannel',
  description: '下达渠道 how the order reaches the unit',
  valuesConfig: {
    GRID: { description: '网格化平台 through the grid platform\'s online-office module' },
    PHONE: { description: '电话通知 by direct phone call (emergencies)' },
  },
});

export enum Urgency {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}

registerEnumType(Urgency, {
  name: 'Urgency',
  description: '紧急程度 urgency',
  valuesConfig: {
    EMERGENCY: { description: '紧急 emergency' },
    URGENT: { description: '较急 urgent' },
    ROUTINE: { description: '一般 routine' },
  },
});

export enum FeedbackKind {
  ARRIVAL = 'ARRIVAL',
  SCENE_STATUS = 'SCENE_STATUS',
  PROGRESS = 'PROGRESS',
  RESULT = 'RESULT',
}

registerEnumType(FeedbackKind, {
  name: 'FeedbackKind',
  description: '反馈类型 kind of feedback (notice 四.4)',
  valuesConfig: {
    ARRIVAL: { description: '到场时间 time of arrival' },
    SCENE_STATUS: { description: '现场现状 the situation on the scene' },
    PROGRESS: { description: '处置中 progress' },
    RESULT: { description: '处置结果 result' },
  },
});

export enum DisputeRuling {
  UPHOLD = 'UPHOLD',
  REJECT = 'REJECT',
}

registerEnumType(DisputeRuling, {
  name: 'DisputeRuling',
  description: '裁定 ruling on a dispute',
  valuesConfig: {
    UPHOLD: { description: '异议成立 the unit is right: cancel and reassign to the named units' },
    REJECT: { description: '异议不成立 the order goes back to the unit' },
  },
});
