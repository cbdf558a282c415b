import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Incident } from '../incidents/incident.entity';
import { Unit } from '../units/unit.entity';
import { RecordSource } from '../units/unit.enums';

/**
 * A call category of the routing taxonomy (an Open311-like service definition): the words
 * that point to it and the member units that answer for it. Seeded from taxonomy.seed.json;
 * administrators edit it without a deploy, and the seeder never touches a row they edited.
 */
@ObjectType({ description: '警情类别 a call category: the words that point to it and the units that answer for it' })
@Entity({ tableName: 'routing_category' })
export class RoutingCategory extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'policeFirst' | 'alternatives' | 'source';

  @Field({ description: '类别代码 stable category code, e.g. "lift-entrapment"' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: '类别名称 name, e.g. "电梯困人"' })
  @Property()
  name!: string;

  @Field({ nullable: true, description: '分组 group, e.g. "特种设备"' })
  @Property({ nullable: true })
  groupName?: string;

  @Field({ nullable: true, description: '说明 what calls belong here' })
  @Property({ columnType: 'text', nullable: true })
  description?: string;

  @Field({ description: '公安先期处置 notice 四: not a police matter, but urgent enough that police respond first' })
  @Property({ default: false })
  policeFirst: boolean = false;

  @Field({ description: '可替代单位 the units are interchangeable providers (电信/移动/联通) and rank equally' })
  @Property({ default: false })
  alternatives: boolean = false;

  @Field(() => Int, { description: '排序 position in the taxonomy' })
  @Property()
  rank!: number;

  @Field(() => RecordSource, { description: '来源 seeded (NOTICE) or added by an administrator (ADMIN)' })
  @Enum({ items: () => RecordSource, default: RecordSource.NOTICE })
  source: RecordSource = RecordSource.NOTICE;

  /** Set whenever an administrator edits the category; the seeder never touches such rows. */
  @Property({ columnType: 'timestamptz', nullable: true })
  adminEditedAt?: Date;

  /** The administrator (user id) who edited it last. */
  @Property({ nullable: true })
  adminEditedBy?: string;

  @Field({ nullable: true, description: '停用时间 when an administrator retired the category' })
  @Property({ columnType: 'timestamptz', nullable: true })
  retiredAt?: Date;
}

/** One word of a category: strong (decides) or weak (context that only hints). */
@Entity({ tableName: 'routing_synonym' })
@Unique({ properties: ['category', 'weak', 'word'] })
export class RoutingSynonym extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'weak';

  @ManyToOne(() => RoutingCategory, { deleteRule: 'cascade' })
  category!: RoutingCategory;

  @Property({ length: 100 })
  word!: string;

  @Property({ default: false })
  weak: boolean = false;

  @Property()
  rank!: number;
}

@ObjectType({ description: '类别责任单位 a member unit that answers for a call category' })
@Entity({ tableName: 'routing_category_unit' })
@Unique({ properties: ['category', 'unit'] })
export class RoutingCategoryUnit extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => RoutingCategory, { deleteRule: 'cascade' })
  category!: RoutingCategory;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  @Index()
  unit!: Unit;

  @Field(() => Int, { description: '排序 0 for the unit that usually leads, then supporting units' })
  @Property()
  rank!: number;

  @Field(() => Int, { nullable: true, description: '职责条目 the notice duty item the unit answers under; inferred from the duty texts when empty' })
  @Property({ nullable: true })
  dutyItem?: number;
}

/**
 * A dispatcher's decision that went against the top suggestion (or had none to go by). The
 * engine is built with these and similar later calls lean towards the chosen units. `seq` is
 * handed out by the `learned` row of routing_version inside the dispatch transaction, so seqs
 * become visible in commit order and a replica catching up by seq never skips one.
 */
@Entity({ tableName: 'routing_learned_choice' })
export class RoutingLearnedChoice extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Property({ type: 'bigint', unique: true })
  seq!: string;

  @Property({ columnType: 'text' })
  text!: string;

  @Property({ type: 'text[]' })
  chosenUnitCodes!: string[];

  @Property({ nullable: true })
  suggestedTopCode?: string;

  @ManyToOne(() => Incident, { deleteRule: 'restrict' })
  @Index()
  incident!: Incident;

  @Property()
  actorId!: string;

  @Property({ nullable: true })
  actorName?: string;

  @Property()
  actorRole!: string;

  @Property({ columnType: 'timestamptz' })
  decidedAt!: Date;
}

/**
 * Counters every replica compares before using its cached engine: `taxonomy` is bumped in the
 * transaction of every category edit (and by the seeder when it adds rows), `learned` hands
 * out learned-choice seqs.
 */
@Entity({ tableName: 'routing_version' })
export class RoutingVersion {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey()
  name!: string;

  @Property({ type: 'bigint' })
  value!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
