import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError } from '../../common/errors';
import { ADMIN, ROSTER_EDITORS, ROSTER_READERS } from '../../common/roles';
import { requirePrincipal } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { mutateOne } from '../../graphql/mutation';
import { EscalationTarget, LeadershipMember } from '../leadership/leadership.entity';
import { Unit } from '../units/unit.entity';
import { RosterChange, RosterOverride, RosterRotation, RosterTemporary } from './roster.entity';
import {
  AddOverrideInput,
  DeleteRosterItemInput,
  IssueCalendarTokenInput,
  SaveRotationInput,
  SaveTemporaryRosterInput,
  SetEscalationTargetContactInput,
  SetLeadershipContactInput,
  SetUnitContactsInput,
} from './roster.inputs';
import { DEFAULT_GAP_WINDOW_DAYS } from './roster.service';
import { CalendarFeed, DutyShift, PostOnDuty, UnitRosterGaps } from './roster.types';

const DAY = 86_400_000;

/**
 * The unit a read is limited to: a unit operator its own (naming another is FORBIDDEN), desk and
 * oversight roles the one they name or all.
 */
function readUnit(ctx: GraphQLContext, unitCode: string | undefined): string | undefined {
  const principal = requirePrincipal(ctx);
  const wide = principal.roles.some((role) => role !== 'unit_operator' && ROSTER_READERS.includes(role));
  if (wide) return unitCode;
  if (unitCode !== undefined && unitCode !== principal.unitCode) {
    throw new ForbiddenError(`This token may read the roster of unit "${principal.unitCode}" only, not "${unitCode}".`);
  }
  return principal.unitCode;
}

/** An unknown unit is NOT_FOUND for every caller before the scope check, so the answer does not depend on who asks. */
async function unitsFor(ctx: GraphQLContext, unitCode: string | undefined): Promise<Unit[]> {
  const named = unitCode !== undefined ? await ctx.services.units.byCode(unitCode) : undefined;
  const code = readUnit(ctx, unitCode);
  if (named) return [named];
  return code ? [await ctx.services.units.byCode(code)] : ctx.services.units.list(false);
}

@Resolver(() => PostOnDuty)
export class UnitOnDutyResolver {
  @FieldResolver(() => Unit, { description: '单位 the unit' })
  async unit(@Root() row: PostOnDuty, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return (await ctx.loaders.unitById.load(row.unitId))!;
  }
}

@Resolver(() => UnitRosterGaps)
export class UnitRosterGapsResolver {
  @FieldResolver(() => Unit, { description: '单位 the unit' })
  async unit(@Root() row: UnitRosterGaps, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return (await ctx.loaders.unitById.load(row.unitId))!;
  }
}

@Resolver(() => RosterChange)
export class RosterChangeResolver {
  @FieldResolver(() => String, { description: '游标 increases in commit order; pass it as after to read on' })
  cursor(@Root() change: RosterChange): string {
    return String(change.seq);
  }
}

@Resolver(() => Unit)
export class UnitDutyResolver {
  @Authorized(ROSTER_READERS)
  @FieldResolver(() => [PostOnDuty], { description: '当前值班 who holds each post of the unit now' })
  async onDutyNow(@Root() unit: Unit, @Ctx() ctx: GraphQLContext): Promise<PostOnDuty[]> {
    readUnit(ctx, unit.code);
    return (await ctx.loaders.onDutyNowByUnitId.load(unit.id)).posts;
  }
}

@Resolver()
export class RosterResolver {
  @Authorized(ROSTER_READERS)
  @Query(() => [PostOnDuty], { description: '值班 on duty: every post of a unit (or of every unit), one row each, at a moment (default now)' })
  async onDuty(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', { nullable: true, description: '单位代码 one unit; empty: every active unit' }) unitCode?: string,
    @Arg('at', { nullable: true, description: '时刻 the moment; default now' }) at?: Date,
  ): Promise<PostOnDuty[]> {
    return (await ctx.services.rosters.onDuty(await unitsFor(ctx, unitCode), at ?? new Date())).flatMap((u) => u.posts);
  }

  @Authorized(ROSTER_READERS)
  @Query(() => [DutyShift], { description: '排班 the expanded shifts of a unit in a window (at most 92 days)' })
  async rosterShifts(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', { description: '单位代码 unit code' }) unitCode: string,
    @Arg('from', { description: '开始 window start' }) from: Date,
    @Arg('to', { description: '结束 window end' }) to: Date,
  ): Promise<DutyShift[]> {
    const [unit] = await unitsFor(ctx, unitCode);
    return ctx.services.rosters.shifts(unit.code, from, to);
  }

  @Authorized(ROSTER_READERS)
  @Query(() => [UnitRosterGaps], {
    description: '值班缺口 roster gaps: for each unit its required post\'s uncovered intervals and missing contacts; default the next 30 days',
  })
  async rosterGaps(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', { nullable: true, description: '开始 window start; default now' }) from?: Date,
    @Arg('to', { nullable: true, description: '结束 window end; default 30 days after the start' }) to?: Date,
    @Arg('unitCode', { nullable: true, description: '单位代码 one unit; empty: every active unit' }) unitCode?: string,
  ): Promise<UnitRosterGaps[]> {
    const start = from ?? new Date();
    return ctx.services.rosters.gaps(await unitsFor(ctx, unitCode), start, to ?? new Date(start.getTime() + DEFAULT_GAP_WINDOW_DAYS * DAY));
  }

  @Authorized(ROSTER_READERS)
  @Query(() => [RosterRotation], { description: '轮班 a unit\'s rotations with their rules' })
  async rosterRotations(@Ctx() ctx: GraphQLContext, @Arg('unitCode', { description: '单位代码 unit code' }) unitCode: string): Promise<RosterRotation[]> {
    const [unit] = await unitsFor(ctx, unitCode);
    return ctx.services.rosters.rotations(unit);
  }

  @Authorized(ROSTER_READERS)
  @Query(() => [RosterOverride], { description: '临时调整 a unit\'s overrides that have not ended' })
  async rosterOverrides(@Ctx() ctx: GraphQLContext, @Arg('unitCode', { description: '单位代码 unit code' }) unitCode: string): Promise<RosterOverride[]> {
    const [unit] = await unitsFor(ctx, unitCode);
    return ctx.services.rosters.overrides(unit, new Date());
  }

  @Authorized(ROSTER_READERS)
  @Query(() => [RosterChange], {
    description: '值班变更 the roster change feed: contact and roster edits and daily coverage reports, in commit order. Resume with after',
  })
  async rosterChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', { nullable: true, description: '单位代码 one unit\'s changes' }) unitCode?: string,
    @Arg('after', { nullable: true, description: '游标 changes after this cursor' }) after?: string,
    @Arg('first', () => Int, { defaultValue: 50, description: '条数 at most this many (1-200)' }) first?: number,
  ): Promise<RosterChange[]> {
    if (unitCode !== undefined) await ctx.services.units.byCode(unitCode);
    return ctx.services.rosters.changes(readUnit(ctx, unitCode), after, first ?? 50);
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => Unit, { description: '设置单位联系人 set a unit\'s responsible leader, liaison and duty phone' })
  setUnitContacts(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SetUnitContactsInput): Promise<Unit> {
    return mutateOne(ctx, { operation: 'setUnitContacts', input, returns: Unit, actingAs: ROSTER_EDITORS }, (w) => w.rosterEditor.setUnitContacts(input));
  }

  @Authorized(ADMIN)
  @Mutation(() => LeadershipMember, { description: '设置领导小组联系人 name the person and phone of a leadership position' })
  setLeadershipContact(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SetLeadershipContactInput): Promise<LeadershipMember> {
    return mutateOne(ctx, { operation: 'setLeadershipContact', input, returns: LeadershipMember, actingAs: ADMIN }, (w) =>
      w.rosterEditor.setLeadershipContact(input),
    );
  }

  @Authorized(ADMIN)
  @Mutation(() => EscalationTarget, { description: '设置上报对象电话 set the phone of an escalation target' })
  setEscalationTargetContact(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SetEscalationTargetContactInput): Promise<EscalationTarget> {
    return mutateOne(ctx, { operation: 'setEscalationTargetContact', input, returns: EscalationTarget, actingAs: ADMIN }, (w) =>
      w.rosterEditor.setEscalationTargetContact(input),
    );
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterRotation, { description: '保存轮班 create or change a rotation' })
  saveRotation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SaveRotationInput): Promise<RosterRotation> {
    return mutateOne(ctx, { operation: 'saveRotation', input, returns: RosterRotation, actingAs: ROSTER_EDITORS }, (w) => w.rosterEditor.saveRotation(input));
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterChange, { description: '删除轮班 delete a rotation; returns the recorded change' })
  deleteRotation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DeleteRosterItemInput): Promise<RosterChange> {
    return mutateOne(ctx, { operation: 'deleteRotation', input, returns: RosterChange, actingAs: ROSTER_EDITORS }, (w) => w.rosterEditor.deleteRotation(input.id));
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterOverride, { description: '临时调整 add, remove or replace a person for an interval' })
  addRosterOverride(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: AddOverrideInput): Promise<RosterOverride> {
    return mutateOne(ctx, { operation: 'addRosterOverride', input, returns: RosterOverride, actingAs: ROSTER_EDITORS }, (w) => w.rosterEditor.addOverride(input));
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterChange, { description: '撤销调整 delete an override; returns the recorded change' })
  deleteRosterOverride(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DeleteRosterItemInput): Promise<RosterChange> {
    return mutateOne(ctx, { operation: 'deleteRosterOverride', input, returns: RosterChange, actingAs: ROSTER_EDITORS }, (w) =>
      w.rosterEditor.deleteOverride(input.id),
    );
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterTemporary, { description: '临时排班 save a temporary roster of fixed shifts for a period' })
  saveTemporaryRoster(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SaveTemporaryRosterInput): Promise<RosterTemporary> {
    return mutateOne(ctx, { operation: 'saveTemporaryRoster', input, returns: RosterTemporary, actingAs: ROSTER_EDITORS }, (w) =>
      w.rosterEditor.saveTemporary(input),
    );
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterChange, { description: '删除临时排班 delete a temporary roster; returns the recorded change' })
  deleteTemporaryRoster(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DeleteRosterItemInput): Promise<RosterChange> {
    return mutateOne(ctx, { operation: 'deleteTemporaryRoster', input, returns: RosterChange, actingAs: ROSTER_EDITORS }, (w) =>
      w.rosterEditor.deleteTemporary(input.id),
    );
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => CalendarFeed, { description: '日历订阅 issue a per-unit .ics calendar URL (shown once; revoke it with revokeCalendarFeed)' })
  async issueCalendarFeed(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: IssueCalendarTokenInput): Promise<CalendarFeed> {
    let issued: { id: string; token: string } | undefined;
    // No idempotency key: a retry must not answer without the token, so each call issues a new one.
    await mutateOne(ctx, { operation: 'issueCalendarFeed', input: {}, returns: RosterChange, actingAs: ROSTER_EDITORS }, async (w) => {
      const result = await w.rosterEditor.issueCalendarToken(input.unitCode);
      issued = result;
      return result.change;
    });
    return Object.assign(new CalendarFeed(), { id: issued!.id, path: `/calendar/${issued!.token}.ics` });
  }

  @Authorized(ROSTER_EDITORS)
  @Mutation(() => RosterChange, { description: '撤销日历订阅 revoke a calendar URL: it answers 404 from now on' })
  revokeCalendarFeed(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DeleteRosterItemInput): Promise<RosterChange> {
    return mutateOne(ctx, { operation: 'revokeCalendarFeed', input, returns: RosterChange, actingAs: ROSTER_EDITORS }, (w) =>
      w.rosterEditor.revokeCalendarToken(input.id),
    );
  }
}
