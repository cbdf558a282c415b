import { registerBilingualEnum } from '../../common/enums';

export enum DutyMode {
  TWENTY_FOUR_HOUR_TEAM = 'TWENTY_FOUR_HOUR_TEAM',
  PHONE_DUTY = 'PHONE_DUTY',
  UNSPECIFIED = 'UNSPECIFIED',
}

registerBilingualEnum(DutyMode, 'DutyMode', '值班模式 duty mode (notice section 五.二)', {
  TWENTY_FOUR_HOUR_TEAM: '24小时值班备勤 a dedicated rescue team on 24-hour duty',
  PHONE_DUTY: '电话值班 phone duty staff who send people at once on an order',
  UNSPECIFIED: '未明确 the notice names no mode; handled as phone duty',
});

export enum RecordSource {
  NOTICE = 'NOTICE',
  ADMIN = 'ADMIN',
}

registerBilingualEnum(RecordSource, 'RecordSource', '来源 where a catalogue record comes from', {
  NOTICE: '通知 seeded from the county notice',
  ADMIN: '管理员 added by an administrator',
});
