import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { Incident } from './incident.entity';
import { RelatedCallReason } from './incident.enums';

@ObjectType({ description: '警情分页列表 a page of incidents, newest first' })
export class IncidentConnection extends Connection(Incident, 'Incident') {}

@ObjectType({ description: '检索结果 one incident found by a search, with how well it matched' })
export class IncidentSearchHit {
  @Field(() => Incident, { description: '警情 the incident' })
  incident!: Incident;

  @Field(() => Float, { description: '相关度 how well it matched (higher is better; only comparable within one search)' })
  rank!: number;
}

@ObjectType({ description: '关联来电 another call that may be about the same thing (重复报警) or from the same caller' })
export class RelatedCall {
  @Field(() => Incident, { description: '警情 the other call' })
  incident!: Incident;

  @Field(() => [RelatedCallReason], { description: '关联原因 why it is shown' })
  reasons!: RelatedCallReason[];
}
