import { registerEnumType } from 'type-graphql';

export enum ActionChannel {
  DESK = 'DESK',
  UNIT_CONSOLE = 'UNIT_CONSOLE',
  GRID = 'GRID',
  PHONE = 'PHONE',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActionChannel, {
  name: 'ActionChannel',
  description: '操作渠道 the channel through which a change was made',
  valuesConfig: {
    DESK: { description: '110接警台 at the 110 desk console' },
    UNIT_CONSOLE: { description: '单位终端 in a unit\'s own console or app' },
    GRID: { description: '网格化平台 through the grid-management platform' },
    PHONE: { description: '电话 by phone, recorded by the desk' },
    SYSTEM: { description: '系统 by the platform itself (time limits, reconciliation)' },
  },
});

export enum SubjectType {
  INCIDENT = 'INCIDENT',
  ORDER = 'ORDER',
}

registerEnumType(SubjectType, {
  name: 'SubjectType',
  description: '记录对象 what an event is about',
  valuesConfig: {
    INCIDENT: { description: '警情 an incident' },
    ORDER: { description: '指令 an order' },
  },
});
