import { Field, ID, InputType } from 'type-graphql';
import { Classification, IncidentStatus } from './incident.enums';

@InputType({ description: '警情筛选 incident list filter; all given conditions must hold' })
export class IncidentFilter {
  @Field(() => [IncidentStatus], { nullable: true, description: '状态 any of these states' })
  statuses?: IncidentStatus[];

  @Field(() => [Classification], { nullable: true, description: '定性 any of these classifications' })
  classifications?: Classification[];

  @Field({ nullable: true, description: '区域代码 in this area or any area below it' })
  areaCode?: string;

  @Field({ nullable: true, description: '重大警情 only major (true) or only ordinary (false) incidents' })
  major?: boolean;

  @Field({ nullable: true, description: '接警时间起 received at or after' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: '接警时间止 received before' })
  receivedTo?: Date;

  @Field(() => [ID], { nullable: true, description: '标识 only these incidents' })
  ids?: string[];
}
