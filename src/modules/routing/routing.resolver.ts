import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../common/errors';
import { ADMIN, DESK_AND_OVERSIGHT, TAXONOMY_READERS } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutateOne } from '../../graphql/mutation';
import { Unit } from '../units/unit.entity';
import { RoutingCategory, RoutingCategoryUnit } from './routing.entity';
import { RetireRoutingCategoryInput, UpsertRoutingCategoryInput } from './routing.inputs';
import { PoliceAssessment, UnitSuggestion } from './routing.types';

/** Who asks for suggestions: the desk and those who oversee it; not units, not the grid platform. */
const ROUTING_USERS = DESK_AND_OVERSIGHT;

async function unitOrFail(ctx: GraphQLContext, unitId: string): Promise<Unit> {
  const unit = await ctx.loaders.unitById.load(unitId);
  if (!unit) throw new NotFoundError(`Unit ${unitId} no longer exists.`, { id: unitId });
  return unit;
}

@Resolver(() => UnitSuggestion)
export class RoutingResolver {
  @Authorized(ROUTING_USERS)
  @Query(() => [UnitSuggestion], { description: '建议单位 the member units most likely responsible for a call, best first, with reasons' })
  suggestUnits(
    @Ctx() ctx: GraphQLContext,
    @Arg('text', { description: '警情描述 the call as the desk typed it (at most 2,000 characters)' }) text: string,
    @Arg('limit', () => Int, { defaultValue: 3, description: '数量 how many units at most (1 to 100)' }) limit: number,
  ): Promise<UnitSuggestion[]> {
    return ctx.services.routing.suggest(text, limit);
  }

  @Authorized(ROUTING_USERS)
  @Query(() => PoliceAssessment, { description: '公安先期处置研判 whether a call needs the police first (notice 四), with reasons' })
  assessPoliceResponse(
    @Ctx() ctx: GraphQLContext,
    @Arg('text', { description: '警情描述 the call as the desk typed it (at most 2,000 characters)' }) text: string,
  ): Promise<PoliceAssessment> {
    return ctx.services.routing.assessPolice(text);
  }

  @FieldResolver(() => Unit, { description: '建议单位 the suggested member unit' })
  unit(@Root() suggestion: UnitSuggestion, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return unitOrFail(ctx, suggestion.unitId);
  }
}

/** The call-category taxonomy suggestions are built from; administrators edit it without a deploy. */
@Resolver(() => RoutingCategory)
export class RoutingCategoryResolver {
  @Authorized(TAXONOMY_READERS)
  @Query(() => [RoutingCategory], { description: '警情类别 the call categories routing suggestions are built from' })
  routingCategories(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeRetired', { defaultValue: false, description: '含停用类别 include retired categories' }) includeRetired: boolean,
  ): Promise<RoutingCategory[]> {
    return ctx.services.routing.listCategories(includeRetired);
  }

  @Authorized(ADMIN)
  @Mutation(() => RoutingCategory, {
    description: '保存警情类别 create or replace a call category; suggestions on every server use it from the next call',
  })
  upsertRoutingCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: UpsertRoutingCategoryInput,
  ): Promise<RoutingCategory> {
    const spec = { operation: 'upsertRoutingCategory', input, returns: RoutingCategory, actingAs: ADMIN };
    return mutateOne(ctx, spec, (w) => w.routing.upsertCategory(input, w.actor.id));
  }

  @Authorized(ADMIN)
  @Mutation(() => RoutingCategory, { description: '停用警情类别 retire a call category; suggestions stop using it' })
  retireRoutingCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: RetireRoutingCategoryInput,
  ): Promise<RoutingCategory> {
    const spec = { operation: 'retireRoutingCategory', input, returns: RoutingCategory, actingAs: ADMIN };
    return mutateOne(ctx, spec, (w) => w.routing.retireCategory(input, w.actor.id));
  }

  @FieldResolver(() => [String], { description: '同义词 words that point to the category' })
  async synonyms(@Root() category: RoutingCategory, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.routingWordsByCategoryId.load(category.id)).synonyms;
  }

  @FieldResolver(() => [String], { description: '弱同义词 context words that only hint' })
  async weakSynonyms(@Root() category: RoutingCategory, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.routingWordsByCategoryId.load(category.id)).weakSynonyms;
  }

  @FieldResolver(() => [RoutingCategoryUnit], { description: '责任单位 the units that answer for it, the usual lead first' })
  units(@Root() category: RoutingCategory, @Ctx() ctx: GraphQLContext): Promise<RoutingCategoryUnit[]> {
    return ctx.loaders.routingUnitsByCategoryId.load(category.id);
  }
}

@Resolver(() => RoutingCategoryUnit)
export class RoutingCategoryUnitResolver {
  @FieldResolver(() => Unit, { description: '联动单位 the member unit' })
  unit(@Root() link: RoutingCategoryUnit, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return unitOrFail(ctx, link.unit.id);
  }
}
