import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInputBase } from '../../common/inputs';
import { JSONObjectScalar } from '../../common/scalars';
import { AreaFileFormat, AreaKind } from './area.enums';

@InputType({ description: '保存区域 add an area, or change the one with this code' })
export class UpsertAreaInput extends MutationInputBase {
  @Field({ description: '区域代码 the area\'s code (the grid platform\'s code for a grid cell): a new code adds an area, a known one changes it' })
  @MaxLength(64, { message: 'code may be at most 64 characters' })
  code!: string;

  @Field({ description: '名称 name in Chinese, e.g. 上孟村' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name!: string;

  @Field({ nullable: true, description: '英文名 English or pinyin name, e.g. Shangmeng Village' })
  @MaxLength(100, { message: 'nameEn may be at most 100 characters' })
  nameEn?: string;

  @Field(() => AreaKind, { description: '级别 level: TOWN or XIANG, VILLAGE or COMMUNITY, GRID_CELL' })
  kind!: AreaKind;

  @Field({ nullable: true, description: '上级区域代码 code of the area it belongs to (required for every level below the county)' })
  @MaxLength(64, { message: 'parentCode may be at most 64 characters' })
  parentCode?: string;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: '边界 GeoJSON Polygon or MultiPolygon, longitude first (WGS-84); null removes the boundary, leaving it out keeps it',
  })
  boundary?: Record<string, unknown> | null;
}

@InputType({ description: '导入区域 a list of areas to add or change, one per row, all or nothing' })
export class ImportAreasInput extends MutationInputBase {
  @Field(() => AreaFileFormat, { description: '格式 XLSX or CSV' })
  format!: AreaFileFormat;

  @Field({
    description:
      '内容 the file, base64-encoded; header row 区域代码 code, 名称 name, 英文名 English name, 级别 level, 上级代码 parent code, 边界 boundary (GeoJSON)',
  })
  contentBase64!: string;
}
