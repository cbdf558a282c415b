import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Unit } from '../units/unit.entity';
import { RosterDuty } from './roster.enums';

/** Who is on duty for a unit, on what number, from when to when (notice section 五). */
@ObjectType({ description: '值班安排 a roster shift of a unit' })
@Entity({ tableName: 'roster_shift' })
@Index({ properties: ['unit', 'startsAt', 'endsAt'] })
export class RosterShift extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => RosterDuty, { description: '岗位 post' })
  @Enum({ items: () => RosterDuty })
  duty!: RosterDuty;

  @Field({ description: '值班人 person on duty' })
  @Property()
  personName!: string;

  @Field({ description: '值班电话 phone to reach them' })
  @Property()
  phone!: string;

  @Field({ description: '开始时间 start' })
  @Property({ columnType: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: '结束时间 end' })
  @Property({ columnType: 'timestamptz' })
  endsAt!: Date;

  @Field({ nullable: true, description: '备注 note' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}
