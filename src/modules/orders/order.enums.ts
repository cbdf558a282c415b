import { registerBilingualEnum } from '../../common/enums';

export enum OrderStatus {
  ISSUED = 'ISSUED',
  SIGNED = 'SIGNED',
  ON_SCENE = 'ON_SCENE',
  HANDLING = 'HANDLING',
  COMPLETED = 'COMPLETED',
  DISPUTED = 'DISPUTED',
  CANCELLED = 'CANCELLED',
}

registerBilingualEnum(OrderStatus, 'OrderStatus', '指令状态 state of an order to a unit', {
  ISSUED: '已下达 issued, waiting for the unit to sign for it',
  SIGNED: '已签收 signed for by the unit',
  ON_SCENE: '已到场 the unit\'s people are on the scene',
  HANDLING: '处置中 being handled, progress fed back',
  COMPLETED: '已办结 completed, result fed back',
  DISPUTED: '有异议 the unit says it is not its duty; waiting for a ruling',
  CANCELLED: '已撤销 cancelled',
});

export enum OrderChannel {
  GRID = 'GRID',
  PHONE = 'PHONE',
}

registerBilingualEnum(OrderChannel, 'OrderChannel', '下达渠道 how the order reaches the unit', {
  GRID: '网格化平台 through the grid platform\'s online-office module',
  PHONE: '电话通知 by direct phone call (emergencies)',
});

export enum Urgency {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}

registerBilingualEnum(Urgency, 'Urgency', '紧急程度 urgency', {
  EMERGENCY: '紧急 emergency',
  URGENT: '较急 urgent',
  ROUTINE: '一般 routine',
});

export enum FeedbackKind {
  ARRIVAL = 'ARRIVAL',
  SCENE_STATUS = 'SCENE_STATUS',
  PROGRESS = 'PROGRESS',
  RESULT = 'RESULT',
}

registerBilingualEnum(FeedbackKind, 'FeedbackKind', '反馈类型 kind of feedback (notice 四.4)', {
  ARRIVAL: '到场时间 time of arrival',
  SCENE_STATUS: '现场现状 the situation on the scene',
  PROGRESS: '处置中 progress',
  RESULT: '处置结果 result',
});

export enum DisputeRuling {
  UPHOLD = 'UPHOLD',
  REJECT = 'REJECT',
}

registerBilingualEnum(DisputeRuling, 'DisputeRuling', '裁定 ruling on a dispute', {
  UPHOLD: '异议成立 the unit is right: cancel and reassign to the named units',
  REJECT: '异议不成立 the order goes back to the unit',
});

export enum OrderSort {
  ISSUED_AT = 'ISSUED_AT',
  NEXT_DEADLINE = 'NEXT_DEADLINE',
  OVERDUE_FIRST = 'OVERDUE_FIRST',
}

registerBilingualEnum(OrderSort, 'OrderSort', '指令排序 order of an order list', {
  ISSUED_AT: '按下达时间 newest order first',
  NEXT_DEADLINE: '按最近时限 earliest next deadline first; orders that owe none last',
  OVERDUE_FIRST: '超时优先 overdue open orders first, then by earliest next deadline',
});
