import { Entity, Enum, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../units/unit.entity';
import { LeadershipBody, LeadershipRole } from './leadership.enums';

/**
 * Seeded by position, as the notice's attachment 1 lists it; an administrator fills in the
 * person and phone. Escalations and overdue orders are addressed to positions, so a change of
 * person never breaks them.
 */
@ObjectType({ description: '领导小组成员 a position in the leadership group or its office' })
@Entity({ tableName: 'leadership_member' })
@Unique({ properties: ['body', 'role', 'position'] })
export class LeadershipMember extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => LeadershipBody, { description: '机构 group or office' })
  @Enum({ items: () => LeadershipBody })
  body!: LeadershipBody;

  @Field(() => LeadershipRole, { description: '职位 role' })
  @Enum({ items: () => LeadershipRole })
  role!: LeadershipRole;

  @Field({ description: '职务 the position that holds the seat, e.g. 县民政局副局长' })
  @Property()
  position!: string;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'set null' })
  unit?: Unit;

  @Field({ nullable: true, description: '姓名 the person now in the position' })
  @Property({ nullable: true })
  personName?: string;

  @Field({ nullable: true, description: '电话 phone' })
  @Property({ nullable: true })
  phone?: string;

  @Field(() => Int, { description: '排序 order as listed in the notice' })
  @Property()
  rank!: number;
}

/** 县委, 县政府 and the leadership group: who a major incident is reported to (notice 四.2). */
@ObjectType({ description: '上报对象 an escalation target for major incidents' })
@Entity({ tableName: 'escalation_target' })
export class EscalationTarget extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field({ description: '代码 stable code' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: '名称 name' })
  @Property()
  name!: string;

  @Field({ nullable: true, description: '联系电话 phone' })
  @Property({ nullable: true })
  phone?: string;

  @Field(() => Int, { description: '排序 order' })
  @Property()
  rank!: number;
}
