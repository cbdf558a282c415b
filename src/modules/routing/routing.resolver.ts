import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Role } from '../../../integrations/keycloak';
import { NotFoundError } from '../../common/errors';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { ADMIN, DESK, DESK_AND_OVERSIGHT } from '../../graphql/roles';
import { Unit } from '../units/unit.entity';
import { RoutingCategory, RoutingCategoryUnit } from './routing.entity';
import { RetireRoutingCategoryInput, UpsertRoutingCategoryInput } from './routing.inputs';
import { RoutingService } from './routing.service';
import { PoliceAssessment, UnitSuggestion } from './routing.types';

/** Who asks for suggestions: the desk and those who oversee it; not units, not the grid platform. */
const ROUTING_USERS = DESK_AND_OVERSIGHT;
/** Who reads the taxonomy: the desk that routes by it and the administrators who keep it. */
const TAXONOMY_READERS: Role[] = [...DESK, ...ADMIN];

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
    return new RoutingService(ctx.em).suggest(text, limit);
  }

  @Authorized(ROUTING_USERS)
  @Query(() => PoliceAssessment, { description: '公安先期处置研判 whether a call needs the police first (notice 四), with reasons' })
  assessPoliceResponse(
    @Ctx() ctx: GraphQLContext,
    @Arg('text', { description: '警情描述 the call as the desk typed it (at most 2,000 characters)' }) text: string,
  ): Promise<PoliceAssessment> {
    return new RoutingService(ctx.em).assessPolice(text);
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
    return new RoutingService(ctx.em).listCategories(includeRetired);
  }

  @Authorized(ADMIN)
  @Mutation(() => RoutingCategory, {
    description: '保存警情类别 create or replace a call category; suggestions on every server use it from the next call',
  })
  async upsertRoutingCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: UpsertRoutingCategoryInput,
  ): Promise<RoutingCategory> {
    const principal = requirePrincipal(ctx);
    const [category] = await mutate(ctx, 'upsertRoutingCategory', input, RoutingCategory, async (tx) => [
      await new RoutingService(tx).upsertCategory(input, principal.subject),
    ]);
    return category;
  }

  @Authorized(ADMIN)
  @Mutation(() => RoutingCategory, { description: '停用警情类别 retire a call category; suggestions stop using it' })
  async retireRoutingCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: RetireRoutingCategoryInput,
  ): Promise<RoutingCategory> {
    const principal = requirePrincipal(ctx);
    const [category] = await mutate(ctx, 'retireRoutingCategory', input, RoutingCategory, async (tx) => [
      await new RoutingService(tx).retireCategory(input, principal.subject),
    ]);
    return category;
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
