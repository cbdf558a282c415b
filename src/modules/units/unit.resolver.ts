import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { EVERYONE } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { Duty, Unit } from './unit.entity';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(EVERYONE)
  @Query(() => [Unit], { description: '联动单位列表 the member units, in the notice\'s order' })
  units(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeInactive', { defaultValue: false, description: '含停用单位 include units that no longer take orders' })
    includeInactive: boolean,
  ): Promise<Unit[]> {
    return ctx.services.units.list(includeInactive);
  }

  @Authorized(EVERYONE)
  @Query(() => Unit, { description: '联动单位 one member unit by its code' })
  unit(@Ctx() ctx: GraphQLContext, @Arg('code', { description: '单位代码 unit code' }) code: string): Promise<Unit> {
    return ctx.services.units.byCode(code);
  }

  @FieldResolver(() => [Duty], { description: '职责 the unit\'s numbered duties in force' })
  duties(@Root() unit: Unit, @Ctx() ctx: GraphQLContext): Promise<Duty[]> {
    return ctx.loaders.dutiesByUnitId.load(unit.id);
  }
}
