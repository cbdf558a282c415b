import { Collection, Embeddable, Embedded, Entity, Enum, ManyToOne, OneToMany, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DutyMode, RecordSource } from './unit.enums';

@ObjectType({ description: '联系人 a named contact of a unit' })
@Embeddable()
export class Contact {
  @Field({ nullable: true, description: '姓名 name' })
  @Property({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: '职务 position' })
  @Property({ nullable: true })
  position?: string;

  @Field({ nullable: true, description: '电话 phone number' })
  @Property({ nullable: true })
  phone?: string;
}

@ObjectType({ description: '联动单位 a member unit of the 110 social linkage (notice attachment 2)' })
@Entity({ tableName: 'unit' })
export class Unit extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'active' | 'source' | 'adminEditedAt';

  @Field({ description: '单位代码 stable unit code, e.g. "civil-affairs"' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: '单位名称 full name' })
  @Property()
  name!: string;

  @Field({ description: '简称 short name' })
  @Property()
  shortName!: string;

  @Field(() => Int, { nullable: true, description: '通知条目 section number in notice attachment 2' })
  @Property({ nullable: true })
  noticeSection?: number;

  @Field(() => Int, { description: '排序 position in the notice\'s list (units sharing a section keep its order)' })
  @Property()
  rank!: number;

  @Field(() => DutyMode, { description: '值班模式 duty mode' })
  @Enum({ items: () => DutyMode })
  dutyMode!: DutyMode;

  @Field(() => Contact, { description: '分管领导 responsible leader' })
  @Embedded(() => Contact, { prefix: 'leader_' })
  responsibleLeader: Contact = new Contact();

  @Field(() => Contact, { description: '联络员 liaison' })
  @Embedded(() => Contact, { prefix: 'liaison_' })
  liaison: Contact = new Contact();

  @Field({ nullable: true, description: '值班电话 the unit\'s duty phone' })
  @Property({ nullable: true })
  dutyPhone?: string;

  @Field({ description: '是否启用 whether the unit takes orders' })
  @Property({ default: true })
  active: boolean = true;

  @Field(() => RecordSource, { description: '来源 source of this record' })
  @Enum({ items: () => RecordSource, default: RecordSource.NOTICE })
  source: RecordSource = RecordSource.NOTICE;

  /** Set whenever an administrator edits the unit; the seeder never touches such rows. */
  @Property({ columnType: 'timestamptz', nullable: true })
  adminEditedAt?: Date;

  @OneToMany(() => Duty, (duty) => duty.unit)
  duties = new Collection<Duty>(this);
}

@ObjectType({ description: '职责 a numbered duty of a unit (notice attachment 2)' })
@Entity({ tableName: 'duty' })
@Unique({ properties: ['unit', 'item'] })
export class Duty extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'source';

  @ManyToOne(() => Unit, { deleteRule: 'cascade' })
  unit!: Unit;

  @Field(() => Int, { description: '条目号 item number within the unit\'s duties' })
  @Property()
  item!: number;

  @Field({ description: '职责内容 duty text' })
  @Property({ columnType: 'text' })
  text!: string;

  @Field(() => RecordSource, { description: '来源 source of this record' })
  @Enum({ items: () => RecordSource, default: RecordSource.NOTICE })
  source: RecordSource = RecordSource.NOTICE;

  @Field({ nullable: true, description: '停用时间 when an administrator retired the duty' })
  @Property({ columnType: 'timestamptz', nullable: true })
  retiredAt?: Date;
}
