/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 区域级别 level of an area in the county */
export type AreaKind =
  /** 社区 urban community */
  | 'COMMUNITY'
  /** 县 county */
  | 'COUNTY'
  /** 网格 grid cell of the grid-management platform */
  | 'GRID_CELL'
  /** 镇 town */
  | 'TOWN'
  /** 村 village */
  | 'VILLAGE'
  /** 乡 township (xiang) */
  | 'XIANG';

/** 警情定性 classification under notice section 四 */
export type Classification =
  /** 联动先期处置 threatens public safety, life, property or production safety: police respond first and units are ordered to the scene at the same time */
  | 'JOINT'
  /** 一般联动事项 a general matter ordered to the responsible unit */
  | 'LINKAGE'
  /** 无需派警 no dispatch needed (advice, misdial, nuisance) */
  | 'NO_DISPATCH'
  /** 警务类 a police matter: police dispatch only */
  | 'POLICE';

/** 值班模式 duty mode (notice section 五.二) */
export type DutyMode =
  /** 电话值班 phone duty staff who send people at once on an order */
  | 'PHONE_DUTY'
  /** 24小时值班备勤 a dedicated rescue team on 24-hour duty */
  | 'TWENTY_FOUR_HOUR_TEAM'
  /** 未明确 the notice names no mode; handled as phone duty */
  | 'UNSPECIFIED';

/** 警情筛选 incident list filter; all given conditions must hold */
export type IncidentFilter = {
  /** 区域代码 in this area or any area below it */
  areaCode?: string | null | undefined;
  /** 定性 any of these classifications */
  classifications?: Array<Classification> | null | undefined;
  /** 标识 only these incidents */
  ids?: Array<string | number> | null | undefined;
  /** 重大警情 only major (true) or only ordinary (false) incidents */
  major?: boolean | null | undefined;
  /** 接警时间起 received at or after */
  receivedFrom?: string | null | undefined;
  /** 接警时间止 received before */
  receivedTo?: string | null | undefined;
  /** 状态 any of these states */
  statuses?: Array<IncidentStatus> | null | undefined;
};

/** 警情状态 state of an incident */
export type IncidentStatus =
  /** 已定性 classified, no unit ordered yet */
  | 'CLASSIFIED'
  /** 已结案 closed */
  | 'CLOSED'
  /** 已派单 orders issued to units */
  | 'DISPATCHED'
  /** 已接警 received, not yet classified */
  | 'RECEIVED';

/** 报警方式 how the call for help reached the 110 desk */
export type IntakeChannel =
  /** 110电话 a 110 phone call */
  | 'CALL_110'
  /** 网格转入 passed on by the grid-management platform */
  | 'GRID'
  /** 网络报警 online report */
  | 'ONLINE'
  /** 110短信 a 110 text message */
  | 'SMS_110'
  /** 来访 in person */
  | 'WALK_IN';

/** 领导机构 the leadership group or its office (notice attachment 1) */
export type LeadershipBody =
  /** 领导小组 the 110 social-linkage leadership group */
  | 'GROUP'
  /** 领导小组办公室 the group's office, seated at the police bureau */
  | 'OFFICE';

/** 职位 role within the leadership group or office */
export type LeadershipRole =
  /** 副主任 office deputy director */
  | 'DEPUTY_DIRECTOR'
  /** 副组长 deputy group leader */
  | 'DEPUTY_LEADER'
  /** 主任 office director */
  | 'DIRECTOR'
  /** 组长 group leader */
  | 'LEADER'
  /** 成员 member */
  | 'MEMBER';

/** 下达渠道 how the order reaches the unit */
export type OrderChannel =
  /** 网格化平台 through the grid platform's online-office module */
  | 'GRID'
  /** 电话通知 by direct phone call (emergencies) */
  | 'PHONE';

/** 指令筛选 order list filter; all given conditions must hold */
export type OrderFilter = {
  /** 渠道 sent through this channel */
  channel?: OrderChannel | null | undefined;
  /** 警情 orders of this incident */
  incidentId?: string | number | null | undefined;
  /** 下达时间起 issued at or after */
  issuedFrom?: string | null | undefined;
  /** 下达时间止 issued before */
  issuedTo?: string | null | undefined;
  /** 超时 only overdue (true) or only on-time (false) orders */
  overdue?: boolean | null | undefined;
  /** 状态 any of these states */
  statuses?: Array<OrderStatus> | null | undefined;
  /** 单位代码 orders to this unit */
  unitCode?: string | null | undefined;
  /** 紧急程度 any of these urgencies */
  urgencies?: Array<Urgency> | null | undefined;
};

/** 指令状态 state of an order to a unit */
export type OrderStatus =
  /** 已撤销 cancelled */
  | 'CANCELLED'
  /** 已办结 completed, result fed back */
  | 'COMPLETED'
  /** 有异议 the unit says it is not its duty; waiting for a ruling */
  | 'DISPUTED'
  /** 处置中 being handled, progress fed back */
  | 'HANDLING'
  /** 已下达 issued, waiting for the unit to sign for it */
  | 'ISSUED'
  /** 已到场 the unit's people are on the scene */
  | 'ON_SCENE'
  /** 已签收 signed for by the unit */
  | 'SIGNED';

/** 来源 where a catalogue record comes from */
export type RecordSource =
  /** 管理员 added by an administrator */
  | 'ADMIN'
  /** 通知 seeded from the county notice */
  | 'NOTICE';

/** 紧急程度 urgency */
export type Urgency =
  /** 紧急 emergency */
  | 'EMERGENCY'
  /** 一般 routine */
  | 'ROUTINE'
  /** 较急 urgent */
  | 'URGENT';

export type UnitsQueryVariables = Exact<{
  includeInactive?: boolean | null | undefined;
}>;


export type UnitsQuery = { units: Array<{ id: string, code: string, name: string, shortName: string, noticeSection: number | null, dutyMode: DutyMode, active: boolean, source: RecordSource, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, position: string | null, phone: string | null }, duties: Array<{ item: number, text: string, source: RecordSource }> }> };

export type UnitQueryVariables = Exact<{
  code: string;
}>;


export type UnitQuery = { unit: { id: string, code: string, name: string, shortName: string, dutyMode: DutyMode, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, position: string | null, phone: string | null }, duties: Array<{ item: number, text: string }> } };

export type AreasQueryVariables = Exact<{
  kind?: AreaKind | null | undefined;
  parentCode?: string | null | undefined;
}>;


export type AreasQuery = { areas: Array<{ id: string, code: string, name: string, kind: AreaKind, parent: { code: string, name: string } | null }> };

export type LeadershipQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadershipQuery = { leadership: Array<{ body: LeadershipBody, role: LeadershipRole, position: string, personName: string | null, phone: string | null, unit: { code: string } | null }>, escalationTargets: Array<{ code: string, name: string }> };

export type IncidentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: IncidentStatus, classification: Classification | null, description: string, receivedAt: string, intakeChannel: IntakeChannel, major: boolean, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, unit: { code: string } }> } }> } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, overdue: boolean, unit: { code: string, name: string }, incident: { id: string, description: string, receivedAt: string } } }> } };

export type OrderCountQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
}>;


export type OrderCountQuery = { orders: { totalCount: number } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, status: OrderStatus, channel: OrderChannel, unit: { code: string } } };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { id: string, description: string, orders: Array<{ id: string, unit: { code: string } }>, timeline: Array<{ kind: string }> } };


export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"noticeSection"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const AreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AreasQuery, AreasQueryVariables>;
export const LeadershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leadership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadershipQuery, LeadershipQueryVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrderCountQuery, OrderCountQueryVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const IncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;