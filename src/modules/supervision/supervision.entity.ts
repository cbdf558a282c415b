import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Incident } from '../incidents/incident.entity';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import { CaseStatus, MisconductCategory, MisconductConsequence } from './supervision.enums';

@ObjectType({ description: '问责案件 an accountability case the leadership office holds against a unit' })
@Entity({ tableName: 'accountability_case' })
export class AccountabilityCase extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  @Index()
  unit!: Unit;

  @ManyToOne(() => Incident, { nullable: true, deleteRule: 'restrict' })
  incident?: Incident;

  @ManyToOne(() => Order, { nullable: true, deleteRule: 'restrict' })
  order?: Order;

  @Field(() => MisconductCategory, { description: '问责情形 grounds' })
  @Enum({ items: () => MisconductCategory })
  category!: MisconductCategory;

  @Field(() => MisconductConsequence, { nullable: true, description: '后果 consequence' })
  @Enum({ items: () => MisconductConsequence, nullable: true })
  consequence?: MisconductConsequence;

  @Field(() => CaseStatus, { description: '状态 state' })
  @Enum({ items: () => CaseStatus, default: CaseStatus.OPEN })
  status: CaseStatus = CaseStatus.OPEN;

  @Field({ description: '事实摘要 summary of the facts' })
  @Property({ columnType: 'text' })
  summary!: string;

  @Field({ nullable: true, description: '处理决定 decision' })
  @Property({ columnType: 'text', nullable: true })
  decision?: string;

  @Field({ description: '立案人 who opened it' })
  @Property()
  openedBy!: string;

  @Field({ description: '立案时间 time opened' })
  @Property({ columnType: 'timestamptz' })
  openedAt!: Date;

  @Field({ nullable: true, description: '决定时间 time decided' })
  @Property({ columnType: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @Field({ nullable: true, description: '决定人 who decided' })
  @Property({ nullable: true })
  decidedBy?: string;
}
