import { BeforeCreate, Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Area } from '../areas/area.entity';
import { Classification, IncidentStatus, IntakeChannel, NoDispatchReason } from './incident.enums';
import { matterWords, placeKey, searchVector, TsvectorLiteralType } from './incident.search';

@ObjectType({ description: '警情 an incident: one call for help received by the 110 desk' })
@Entity({ tableName: 'incident' })
@Index({ properties: ['receivedAt', 'id'] })
export class Incident extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'major' | 'version' | 'searchVector' | 'matterWords' | 'placeKey';

  @Field({
    nullable: true,
    description: '警情编号 case number, human-readable and unique (e.g. LX110-20261201-0007), given at intake; searchable',
  })
  @Property({ nullable: true, unique: 'incident_case_number_unique' })
  caseNumber?: string;

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

  /** 重复报警 the open incident this call was linked to as a repeat call (linkIncident). */
  @ManyToOne(() => Incident, { nullable: true, deleteRule: 'restrict' })
  duplicateOf?: Incident;

  @Field(() => Int, { description: '版本 version for optimistic concurrency' })
  @Property({ version: true })
  version!: number;

  /** incident.search.ts: jieba words and characters, as a tsvector literal (GIN index). */
  @Property({ type: TsvectorLiteralType, lazy: true, hidden: true, nullable: true })
  searchVector?: string;

  /** 事由词 the description's content words, for repeat calls (GIN index). */
  @Property({ type: 'text[]', lazy: true, hidden: true, nullable: true })
  matterWords?: string[];

  /** The address reduced to letters and digits, for repeat calls about the same place. */
  @Property({ columnType: 'text', lazy: true, hidden: true, nullable: true })
  placeKey?: string;

  /**
   * Description, address, caller and callback number are written at intake only, so the search
   * columns are computed once, whoever creates the row (the desk, a factory, an import).
   */
  @BeforeCreate()
  indexForSearch(): void {
    this.searchVector = searchVector(this);
    this.matterWords = matterWords(this.description);
    this.placeKey = placeKey(this.address);
  }
}
