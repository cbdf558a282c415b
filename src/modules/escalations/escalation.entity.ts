import { Entity, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Incident } from '../incidents/incident.entity';
import { EscalationTarget } from '../leadership/leadership.entity';

/** One report of a major incident to one target (notice 四.2), each acknowledged on its own. */
@ObjectType({ description: '上报 a report of a major incident to the county Party committee, government or leadership group' })
@Entity({ tableName: 'escalation' })
@Unique({ properties: ['incident', 'target'] })
export class Escalation extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Incident, { deleteRule: 'restrict' })
  @Index()
  incident!: Incident;

  @ManyToOne(() => EscalationTarget, { deleteRule: 'restrict' })
  target!: EscalationTarget;

  @Field({ nullable: true, description: '上报事由 why it was reported' })
  @Property({ columnType: 'text', nullable: true })
  reason?: string;

  @Field({ description: '上报时间 time reported' })
  @Property({ columnType: 'timestamptz' })
  reportedAt!: Date;

  @Field({ nullable: true, description: '确认时间 time acknowledged by the target' })
  @Property({ columnType: 'timestamptz', nullable: true })
  acknowledgedAt?: Date;

  @Field({ nullable: true, description: '确认人 who acknowledged it' })
  @Property({ nullable: true })
  acknowledgedBy?: string;
}
