import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RecordSource } from '../units/unit.enums';
import { AreaKind } from './area.enums';

@ObjectType({ description: '区域 an area: county, township, village or community, grid cell' })
@Entity({ tableName: 'area' })
export class Area extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'source';

  @Field({ description: '区域代码 stable area code (the grid platform\'s code for grid cells)' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: '名称 name' })
  @Property()
  name!: string;

  @Field(() => AreaKind, { description: '级别 level' })
  @Enum({ items: () => AreaKind })
  kind!: AreaKind;

  @Index()
  @ManyToOne(() => Area, { nullable: true, deleteRule: 'restrict' })
  parent?: Area;

  @Field(() => RecordSource, { description: '来源 source of this record' })
  @Enum({ items: () => RecordSource, default: RecordSource.NOTICE })
  source: RecordSource = RecordSource.NOTICE;
}
