import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN, EVERYONE } from '../../common/roles';
import { compiledFields, toOne } from '../../graphql/compiled-read';
import type { GraphQLContext } from '../../graphql/context';
import { mutate, mutateOne } from '../../graphql/mutation';
import { Area } from './area.entity';
import { AreaKind } from './area.enums';
import { ImportAreasInput, UpsertAreaInput } from './area.inputs';

/** The parent resolver below, said in SQL for the compiled read path (src/graphql/compiled-read.ts). */
compiledFields(Area, { parent: toOne(Area, 'parent_id') });

@Resolver(() => Area)
export class AreaResolver {
  @Authorized(EVERYONE)
  @Query(() => [Area], { description: '区域 areas of the county, optionally one level or the children of one area' })
  areas(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => AreaKind, { nullable: true, description: '级别 only areas of this level' }) kind?: AreaKind,
    @Arg('parentCode', { nullable: true, description: '上级区域代码 only the direct children of this area' })
    parentCode?: string,
  ): Promise<Area[]> {
    return ctx.services.areas.list({ kind, parentCode });
  }

  @Authorized(ADMIN)
  @Mutation(() => Area, { description: '保存区域 add a town, village, community or grid cell, or change the one with this code' })
  upsertArea(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: UpsertAreaInput): Promise<Area> {
    return mutateOne(ctx, { operation: 'upsertArea', input, returns: Area, actingAs: ADMIN }, (w) => w.areas.upsert(input));
  }

  @Authorized(ADMIN)
  @Mutation(() => [Area], {
    description: '导入区域 add or change areas from an XLSX or CSV list, all or nothing: a bad row is BAD_USER_INPUT with extensions.problems (row, column, reason)',
  })
  importAreas(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ImportAreasInput): Promise<Area[]> {
    return mutate(ctx, { operation: 'importAreas', input, returns: Area, actingAs: ADMIN }, (w) => w.areas.importFile(input));
  }

  @FieldResolver(() => Area, { nullable: true, description: '上级区域 the area this one belongs to' })
  parent(@Root() area: Area, @Ctx() ctx: GraphQLContext): Promise<Area | null> {
    return area.parent ? ctx.loaders.areaById.load(area.parent.id) : Promise.resolve(null);
  }
}
