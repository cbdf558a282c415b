import { registerEnumType } from 'type-graphql';

export enum MisconductCategory {
  LEAVING_POST = 'LEAVING_POST',
  SLACKING = 'SLACKING',
  DISOBEYING_ORDER = 'DISOBEYING_ORDER',
  SHIRKING = 'SHIRKING',
  DELAY = 'DELAY',
}

registerEnumType(MisconductCategory, {
  name: 'MisconductCategory',
  description: '问责情形 grounds for accountability (notice section 六)',
  valuesConfig: {
    LEAVING_POST: { description: '擅离职守 leaving one\'s post' },
    SLACKING: { description: '消极怠工 slacking' },
    DISOBEYING_ORDER: { description: '不服从指令 refusing an order' },
    SHIRKING: { description: '遇事推诿 shirking' },
    DELAY: { description: '贻误时机 a delay that missed the moment' },
  },
});

export enum MisconductConsequence {
  MEDIA_EXPOSURE = 'MEDIA_EXPOSURE',
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  MAJOR_LOSS = 'MAJOR_LOSS',
}

registerEnumType(MisconductConsequence, {
  name: 'MisconductConsequence',
  description: '后果 consequence of the misconduct (notice section 六)',
  valuesConfig: {
    MEDIA_EXPOSURE: { description: '媒体曝光 media exposure' },
    PUBLIC_COMPLAINT: { description: '群众投诉 public complaints' },
    MAJOR_LOSS: { description: '重大损失 major loss' },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  DECIDED = 'DECIDED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: '问责案件状态 state of an accountability case',
  valuesConfig: {
    OPEN: { description: '已立案 opened' },
    UNDER_REVIEW: { description: '审查中 under review by the leadership office' },
    DECIDED: { description: '已决定 decided' },
    DISMISSED: { description: '不予问责 dismissed' },
  },
});
