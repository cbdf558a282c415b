import { Embeddable, Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ActionChannel } from '../history/history.enums';
import { Incident } from '../incidents/incident.entity';
import { RosterDuty } from '../rosters/roster.enums';
import { Unit } from '../units/unit.entity';
import { FeedbackKind, OrderChannel, OrderStatus, Urgency } from './order.enums';

/** Who was on duty for the unit when the order was issued: whom the desk phones. */
@ObjectType({ description: '值班联系人 the person on duty at the unit when the order was issued' })
@Embeddable()
export class DutyContact {
  @Field({ nullable: true, description: '值班人 person on duty' })
  @Property({ nullable: true })
  personName?: string;

  @Field({ nullable: true, description: '电话 phone to call' })
  @Property({ nullable: true })
  phone?: string;

  @Field(() => RosterDuty, { nullable: true, description: '岗位 their post' })
  @Enum({ items: () => RosterDuty, nullable: true })
  post?: RosterDuty;
}

@ObjectType({ description: '处置指令 an order to a member unit to handle an incident' })
@Entity({ tableName: 'order' })
@Index({ properties: ['issuedAt', 'id'] })
@Index({ properties: ['unit', 'status'] })
export class Order extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'overdue' | 'version' | 'rosterGap';

  @ManyToOne(() => Incident, { deleteRule: 'restrict' })
  @Index()
  incident!: Incident;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => OrderStatus, { description: '状态 state' })
  @Enum({ items: () => OrderStatus, default: OrderStatus.ISSUED })
  @Index()
  status: OrderStatus = OrderStatus.ISSUED;

  @Field(() => OrderChannel, { description: '下达渠道 channel the order was sent through' })
  @Enum({ items: () => OrderChannel })
  channel!: OrderChannel;

  @Field(() => Urgency, { description: '紧急程度 urgency' })
  @Enum({ items: () => Urgency })
  urgency!: Urgency;

  @Field({ nullable: true, description: '处置要求 instructions to the unit' })
  @Property({ columnType: 'text', nullable: true })
  instructions?: string;

  @Field({ description: '下达时间 time issued' })
  @Property({ columnType: 'timestamptz' })
  issuedAt!: Date;

  @Field({ nullable: true, description: '签收时间 time signed for' })
  @Property({ columnType: 'timestamptz', nullable: true })
  signedAt?: Date;

  @Field({ nullable: true, description: '到场时间 time of arrival on the scene' })
  @Property({ columnType: 'timestamptz', nullable: true })
  arrivedAt?: Date;

  @Field({ nullable: true, description: '办结时间 time completed' })
  @Property({ columnType: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Field({ nullable: true, description: '异议时间 time the unit disputed the order' })
  @Property({ columnType: 'timestamptz', nullable: true })
  disputedAt?: Date;

  @Field({ nullable: true, description: '异议理由 why the unit says it is not its duty' })
  @Property({ columnType: 'text', nullable: true })
  disputeReason?: string;

  @Field({ nullable: true, description: '撤销时间 time cancelled' })
  @Property({ columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date;

  @Field({ nullable: true, description: '签收时限 deadline to sign for the order' })
  @Property({ columnType: 'timestamptz', nullable: true })
  signDeadline?: Date;

  @Field({ nullable: true, description: '到场时限 deadline to reach the scene' })
  @Property({ columnType: 'timestamptz', nullable: true })
  arriveDeadline?: Date;

  @Field({ nullable: true, description: '反馈时限 deadline to feed back a result' })
  @Property({ columnType: 'timestamptz', nullable: true })
  feedbackDeadline?: Date;

  @Field({ nullable: true, description: '异议时限 deadline to dispute the order' })
  @Property({ columnType: 'timestamptz', nullable: true })
  disputeDeadline?: Date;

  @Field({
    nullable: true,
    description: '裁定时限 deadline for the desk or the office to rule on the unit\'s dispute (set when it disputes: the dispute window again)',
  })
  @Property({ columnType: 'timestamptz', nullable: true })
  rulingDeadline?: Date;

  @Field({ description: '是否超时 whether a deadline has passed unmet' })
  @Property({ default: false })
  overdue: boolean = false;

  @Field({ nullable: true, description: '超时时间 when the platform found the order overdue' })
  @Property({ columnType: 'timestamptz', nullable: true })
  overdueSince?: Date;

  @Field(() => DutyContact, { nullable: true, description: '值班联系人 who was on duty at the unit when the order was issued (from the roster)' })
  @Embedded(() => DutyContact, { prefix: 'duty_contact_', nullable: true })
  dutyContact?: DutyContact;

  @Field({ description: '值班缺口 issued while nobody was on the unit\'s required post: the desk phones the leader and liaison' })
  @Property({ default: false })
  rosterGap: boolean = false;

  /** Status before a dispute, restored when the dispute is rejected. */
  @Enum({ items: () => OrderStatus, nullable: true })
  statusBeforeDispute?: OrderStatus;

  /** The order this one replaces after a dispute was upheld. */
  @ManyToOne(() => Order, { nullable: true, deleteRule: 'restrict' })
  reassignedFrom?: Order;

  @Field(() => Int, { description: '版本 version for optimistic concurrency' })
  @Property({ version: true })
  version!: number;
}

@ObjectType({ description: '反馈 feedback on an order: arrival, scene status, progress or result' })
@Entity({ tableName: 'feedback' })
export class Feedback extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'attachmentUrls';

  @ManyToOne(() => Order, { deleteRule: 'restrict' })
  @Index()
  order!: Order;

  @Field(() => FeedbackKind, { description: '反馈类型 kind' })
  @Enum({ items: () => FeedbackKind })
  kind!: FeedbackKind;

  @Field({ nullable: true, description: '反馈内容 what the unit reports' })
  @Property({ columnType: 'text', nullable: true })
  text?: string;

  @Field(() => [String], { description: '附件 attachment URLs' })
  @Property({ type: 'text[]', default: '{}' })
  attachmentUrls: string[] = [];

  @Field(() => ActionChannel, { description: '反馈渠道 channel the feedback came through' })
  @Enum({ items: () => ActionChannel })
  channel!: ActionChannel;

  @Field({ description: '反馈时间 time the unit reports it for' })
  @Property({ columnType: 'timestamptz' })
  reportedAt!: Date;

  @Field({ description: '记录人 who recorded it (user id)' })
  @Property()
  recordedBy!: string;
}
