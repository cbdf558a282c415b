import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_LIST_ARGUMENT } from '../../common/pagination';
import { Classification, IncidentStatus } from './incident.enums';

@InputType({ description: '警情筛选 incident list filter; all given conditions must hold' })
export class IncidentFilter {
  @Field(() => [IncidentStatus], { nullable: true, description: '状态 any of these states' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'statuses may list at most $constraint1 values' })
  statuses?: IncidentStatus[];

  @Field(() => [Classification], { nullable: true, description: '定性 any of these classifications' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'classifications may list at most $constraint1 values' })
  classifications?: Classification[];

  @Field({ nullable: true, description: '区域代码 in this area or any area below it' })
  areaCode?: string;

  @Field({ nullable: true, description: '单位代码 only incidents with an order to this unit' })
  unitCode?: string;

  @Field({ nullable: true, description: '搜索 words that must appear in the description (works for Chinese text)' })
  @MaxLength(100, { message: 'search may be at most 100 characters' })
  search?: string;

  @Field({ nullable: true, description: '重大警情 only major (true) or only ordinary (false) incidents' })
  major?: boolean;

  @Field({ nullable: true, description: '接警时间起 received at or after' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: '接警时间止 received before' })
  receivedTo?: Date;

  @Field(() => [ID], { nullable: true, description: '标识 only these incidents' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'ids may list at most $constraint1 values' })
  ids?: string[];
}
