import { registerEnumType } from 'type-graphql';

export enum DutyMode {
  TWENTY_FOUR_HOUR_TEAM = 'TWENTY_FOUR_HOUR_TEAM',
  PHONE_DUTY = 'PHONE_DUTY',
  UNSPECIFIED = 'UNSPECIFIED',
}

registerEnumType(DutyMode, {
  name: 'DutyMode',
  description: '值班模式 duty mode (notice section 五.二)',
  valuesConfig: {
    TWENTY_FOUR_HOUR_TEAM: { description: '24小时值班备勤 a dedicated rescue team on 24-hour duty' },
    PHONE_DUTY: { description: '电话值班 phone duty staff who send people at once on an order' },
    UNSPECIFIED: { description: '未明确 the notice names no mode; handled as phone duty' },
  },
});

export enum RecordSource {
  NOTICE = 'NOTICE',
  ADMIN = 'ADMIN',
}

registerEnumType(RecordSource, {
  name: 'RecordSource',
  description: '来源 where a catalogue record comes from',
  valuesConfig: {
    NOTICE: { description: '通知 seeded from the county notice' },
    ADMIN: { description: '管理员 added by an administrator' },
  },
});
