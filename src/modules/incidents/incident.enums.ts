import { registerBilingualEnum } from '../../common/enums';

export enum IncidentStatus {
  RECEIVED = 'RECEIVED',
  CLASSIFIED = 'CLASSIFIED',
  DISPATCHED = 'DISPATCHED',
  CLOSED = 'CLOSED',
}

registerBilingualEnum(IncidentStatus, 'IncidentStatus', '警情状态 state of an incident', {
  RECEIVED: '已接警 received, not yet classified',
  CLASSIFIED: '已定性 classified, no unit ordered yet',
  DISPATCHED: '已派单 orders issued to units',
  CLOSED: '已结案 closed',
});

export enum Classification {
  POLICE = 'POLICE',
  JOINT = 'JOINT',
  LINKAGE = 'LINKAGE',
  NO_DISPATCH = 'NO_DISPATCH',
}

registerBilingualEnum(Classification, 'Classification', '警情定性 classification under notice section 四', {
  POLICE: '警务类 a police matter: police dispatch only',
  JOINT: '联动先期处置 threatens public safety, life, property or production safety: police respond first and units are ordered to the scene at the same time',
  LINKAGE: '一般联动事项 a general matter ordered to the responsible unit',
  NO_DISPATCH: '无需派警 no dispatch needed (advice, misdial, nuisance)',
});

export enum NoDispatchReason {
  ADVICE_GIVEN = 'ADVICE_GIVEN',
  MISDIAL = 'MISDIAL',
  NUISANCE = 'NUISANCE',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

registerBilingualEnum(NoDispatchReason, 'NoDispatchReason', '无需派警原因 why a call needs no dispatch', {
  ADVICE_GIVEN: '咨询已解答 advice given on the phone',
  MISDIAL: '误拨 misdial',
  NUISANCE: '骚扰电话 nuisance call',
  DUPLICATE: '重复报警 duplicate of an incident already received',
  OTHER: '其他 other, see the note',
});

export enum IntakeChannel {
  CALL_110 = 'CALL_110',
  SMS_110 = 'SMS_110',
  WALK_IN = 'WALK_IN',
  ONLINE = 'ONLINE',
  GRID = 'GRID',
}

registerBilingualEnum(IntakeChannel, 'IntakeChannel', '报警方式 how the call for help reached the 110 desk', {
  CALL_110: '110电话 a 110 phone call',
  SMS_110: '110短信 a 110 text message',
  WALK_IN: '来访 in person',
  ONLINE: '网络报警 online report',
  GRID: '网格转入 passed on by the grid-management platform',
});

export enum RelatedCallReason {
  SAME_CALLBACK_NUMBER = 'SAME_CALLBACK_NUMBER',
  SAME_PLACE_AND_MATTER = 'SAME_PLACE_AND_MATTER',
}

registerBilingualEnum(RelatedCallReason, 'RelatedCallReason', '关联原因 why another call is shown as related', {
  SAME_CALLBACK_NUMBER: '同一回拨电话 the same callback number within 30 days',
  SAME_PLACE_AND_MATTER: '重复报警 the same place and matter within 6 hours',
});

export enum IncidentSort {
  RECEIVED_AT = 'RECEIVED_AT',
  NEXT_DEADLINE = 'NEXT_DEADLINE',
  OVERDUE_FIRST = 'OVERDUE_FIRST',
}

registerBilingualEnum(IncidentSort, 'IncidentSort', '警情排序 order of an incident list', {
  RECEIVED_AT: '按接警时间 newest call first',
  NEXT_DEADLINE: '按最近时限 earliest next deadline first; incidents without one last',
  OVERDUE_FIRST: '超时优先 incidents with an overdue open order first, then by earliest next deadline',
});
