import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { EVERYONE } from '../../common/roles';
import { compiledFields, toOne } from '../../graphql/compiled-read';
import type { GraphQLContext } from '../../graphql/context';
import { Area } from './area.entity';
import { AreaKind } from './area.enums';

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

  @FieldResolver(() => Area, { nullable: true, description: '上级区域 the area this one belongs to' })
  parent(@Root() area: Area, @Ctx() ctx: GraphQLContext): Promise<Area | null> {
    return area.parent ? ctx.loaders.areaById.load(area.parent.id) : Promise.resolve(null);
  }
}
