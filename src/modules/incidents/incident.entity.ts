import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Area } from '../areas/area.entity';
import { Classification, IncidentStatus, IntakeChannel, NoDispatchReason } from './incident.enums';

@ObjectType({ description: '警情 an incident: one call for help received by the 110 desk' })
@Entity({ tableName: 'incident' })
@Index({ properties: ['receivedAt', 'id'] })
export class Incident extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'major' | 'version';

  @Field(() => IncidentStatus, { description: '状态 state' })
  @Enum({ items: () => IncidentStatus, default: IncidentStatus.RECEIVED })
  @Index()
  status: IncidentStatus = IncidentStatus.RECEIVED;

  @Field(() => Classification, { nullable: true, description: '定性 classification, once classified' })
  @Enum({ items: () => Classification, nullable: true })
  classification?: Classification;

  @Field(() => NoDispatchReason, { nullable: true, description: '无需派警原因 reason when no dispatch is needed' })
  @Enum({ items: () => NoDispatchReason, nullable: true })
  noDispatchReason?: NoDispatchReason;

  @Field({ nullable: true, description: '报警人 caller\'s name' })
  @Property({ nullable: true })
  callerName?: string;

  @Field({ nullable: true, description: '回拨电话 callback number' })
  @Property({ nullable: true })
  callbackNumber?: string;

  @ManyToOne(() => Area, { nullable: true, deleteRule: 'restrict' })
  @Index()
  area?: Area;

  @Field({ nullable: true, description: '详细地址 address as told by the caller' })
  @Property({ columnType: 'text', nullable: true })
  address?: string;

  @Field(() => Float, { nullable: true, description: '纬度 latitude (WGS-84)' })
  @Property({ columnType: 'double precision', nullable: true })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: '经度 longitude (WGS-84)' })
  @Property({ columnType: 'double precision', nullable: true })
  longitude?: number;

  @Field({ description: '警情描述 what happened' })
  @Property({ columnType: 'text' })
  description!: string;

  @Field({ description: '接警时间 time the call was received' })
  @Property({ columnType: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => IntakeChannel, { description: '报警方式 intake channel' })
  @Enum({ items: () => IntakeChannel })
  intakeChannel!: IntakeChannel;

  @Field({ description: '重大警情 a major case, event or accident, reported upward at dispatch' })
  @Property({ default: false })
  major: boolean = false;

  @Field({ nullable: true, description: '定性时间 time of classification' })
  @Property({ columnType: 'timestamptz', nullable: true })
  classifiedAt?: Date;

  @Field({ nullable: true, description: '结案时间 time closed' })
  @Property({ columnType: 'timestamptz', nullable: true })
  closedAt?: Date;

  @Field({ nullable: true, description: '结案说明 closing note' })
  @Property({ columnType: 'text', nullable: true })
  closingNote?: string;

  @Field(() => Int, { description: '版本 version for optimistic concurrency' })
  @Property({ version: true })
  version!: number;
}
