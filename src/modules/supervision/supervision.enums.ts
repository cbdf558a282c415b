import { registerBilingualEnum } from '../../common/enums';

export enum MisconductCategory {
  LEAVING_POST = 'LEAVING_POST',
  SLACKING = 'SLACKING',
  DISOBEYING_ORDER = 'DISOBEYING_ORDER',
  SHIRKING = 'SHIRKING',
  DELAY = 'DELAY',
}

registerBilingualEnum(MisconductCategory, 'MisconductCategory', '问责情形 grounds for accountability (notice section 六)', {
  LEAVING_POST: '擅离职守 leaving one\'s post',
  SLACKING: '消极怠工 slacking',
  DISOBEYING_ORDER: '不服从指令 refusing an order',
  SHIRKING: '遇事推诿 shirking',
  DELAY: '贻误时机 a delay that missed the moment',
});

export enum MisconductConsequence {
  MEDIA_EXPOSURE = 'MEDIA_EXPOSURE',
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  MAJOR_LOSS = 'MAJOR_LOSS',
}

registerBilingualEnum(MisconductConsequence, 'MisconductConsequence', '后果 consequence of the misconduct (notice section 六)', {
  MEDIA_EXPOSURE: '媒体曝光 media exposure',
  PUBLIC_COMPLAINT: '群众投诉 public complaints',
  MAJOR_LOSS: '重大损失 major loss',
});

export enum CaseStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  DECIDED = 'DECIDED',
  DISMISSED = 'DISMISSED',
}

registerBilingualEnum(CaseStatus, 'CaseStatus', '问责案件状态 state of an accountability case', {
  OPEN: '已立案 opened',
  UNDER_REVIEW: '审查中 under review by the leadership office',
  DECIDED: '已决定 decided',
  DISMISSED: '不予问责 dismissed',
});
