import { registerEnumType } from 'type-graphql';

export enum IncidentStatus {
  RECEIVED = 'RECEIVED',
  CLASSIFIED = 'CLASSIFIED',
  DISPATCHED = 'DISPATCHED',
  CLOSED = 'CLOSED',
}

registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: '警情状态 state of an incident',
  valuesConfig: {
    RECEIVED: { description: '已接警 received, not yet classified' },
    CLASSIFIED: { description: '已定性 classified, no unit ordered yet' },
    DISPATCHED: { description: '已派单 orders issued to units' },
    CLOSED: { description: '已结案 closed' },
  },
});

export enum Classification {
  POLICE = 'POLICE',
  JOINT = 'JOINT',
  LINKAGE = 'LINKAGE',
  NO_DISPATCH = 'NO_DISPATCH',
}

registerEnumType(Classification, {
  name: 'Classification',
  description: '警情定性 classification under notice section 四',
  valuesConfig: {
    POLICE: { description: '警务类 a police matter: police dispatch only' },
    JOINT: {
      description: '联动先期处置 threatens public safety, life, property or production safety: police respond first and units are ordered to the scene at the same time',
    },
    LINKAGE: { description: '一般联动事项 a general matter ordered to the responsible unit' },
    NO_DISPATCH: { description: '无需派警 no dispatch needed (advice, misdial, nuisance)' },
  },
});

export enum NoDispatchReason {
  ADVICE_GIVEN = 'ADVICE_GIVEN',
  MISDIAL = 'MISDIAL',
  NUISANCE = 'NUISANCE',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

registerEnumType(NoDispatchReason, {
  name: 'NoDispatchReason',
  description: '无需派警原因 why a call needs no dispatch',
  valuesConfig: {
    ADVICE_GIVEN: { description: '咨询已解答 advice given on the phone' },
    MISDIAL: { description: '误拨 misdial' },
    NUISANCE: { description: '骚扰电话 nuisance call' },
    DUPLICATE: { description: '重复报警 duplicate of an incident already received' },
    OTHER: { description: '其他 other, see the note' },
  },
});

export enum IntakeChannel {
  CALL_110 = 'CALL_110',
  SMS_110 = 'SMS_110',
  WALK_IN = 'WALK_IN',
  ONLINE = 'ONLINE',
  GRID = 'GRID',
}

registerEnumType(IntakeChannel, {
  name: 'IntakeChannel',
  description: '报警方式 how the call for help reached the 110 desk',
  valuesConfig: {
    CALL_110: { description: '110电话 a 110 phone call' },
    SMS_110: { description: '110短信 a 110 text message' },
    WALK_IN: { description: '来访 in person' },
    ONLINE: { description: '网络报警 online report' },
    GRID: { description: '网格转入 passed on by the grid-management platform' },
  },
});
