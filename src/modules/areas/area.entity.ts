import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { JSONObjectScalar } from '../../common/scalars';
import { RecordSource } from '../units/unit.enums';
import type { AreaBoundary } from './area.boundary';
import { AreaKind } from './area.enums';

@ObjectType({ description: '区域 an area: county, township, village or community, grid cell' })
@Entity({ tableName: 'area' })
export class Area extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'source' | 'boundingBox';

  @Field({ description: '区域代码 stable area code (the grid platform\'s code for grid cells)' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: '名称 name (Chinese)' })
  @Property()
  name!: string;

  @Field(() => String, { nullable: true, description: '英文名 English or pinyin name' })
  @Property({ type: 'string', nullable: true })
  nameEn?: string | null;

  @Field(() => AreaKind, { description: '级别 level' })
  @Enum({ items: () => AreaKind })
  kind!: AreaKind;

  @Index()
  @ManyToOne(() => Area, { nullable: true, deleteRule: 'restrict' })
  parent?: Area;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: '边界 boundary as a GeoJSON Polygon or MultiPolygon (WGS-84, longitude first); incidents reported with coordinates inside it are placed here',
  })
  @Property({ type: 'json', nullable: true })
  boundary?: AreaBoundary | null;

  /** The boundary's bounds as a PostgreSQL box (GiST-indexed): the SQL prefilter of placing a point. */
  @Property({ type: 'string', columnType: 'box', nullable: true, lazy: true, hidden: true })
  boundingBox?: string | null;

  @Field(() => RecordSource, { description: '来源 source of this record' })
  @Enum({ items: () => RecordSource, default: RecordSource.NOTICE })
  source: RecordSource = RecordSource.NOTICE;
}
