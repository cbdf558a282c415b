import { SuggestUnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';
import { startReplica, type Replica } from './replica';

/**
 * Dispatchers teach routing by what they do: ordering a unit other than the top suggestion is
 * recorded with the dispatch, and similar later calls lean towards the unit they chose.
 */
let app: TestApp;
let replica: Replica;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  replica = await startReplica(app);
  steps = deskSteps(app);
});
afterAll(async () => {
  await replica.close();
  await app.close();
});

interface Standing {
  top: string;
  /** 1 for the top suggestion; 0 when the unit is not suggested at all. */
  rank: number;
  score: number;
  learnedCount?: number | null;
}

async function standingOf(unitCode: string, text: string, through: Pick<TestApp, 'gql'> | Replica = app): Promise<Standing> {
  const res = await through.gql(SuggestUnitsDocument, { text, limit: 24 }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const list = res.data!.suggestUnits;
  const index = list.findIndex((s) => s.unit.code === unitCode);
  const found = list[index];
  return {
    top: list[0]?.unit.code,
    rank: index + 1,
    score: found?.score ?? 0,
    learnedCount: found?.reasons.find((r) => r.kind === 'LEARNED')?.learnedCount,
  };
}

async function dispatchTo(unitCode: string, description: string) {
  const incident = await steps.report(description);
  await steps.classify(incident.id, 'LINKAGE');
  await steps.dispatch(incident.id, [{ unitCode, channel: 'GRID', urgency: 'ROUTINE' }]);
  return incident;
}

async function learnedRows() {
  return app
    .em()
    .getConnection()
    .execute<{ text: string; chosen_unit_codes: string[]; suggested_top_code: string | null; incident_id: string; actor_id: string; actor_role: string }[]>(
      'select text, chosen_unit_codes, suggested_top_code, incident_id, actor_id, actor_role from routing_learned_choice order by seq',
    );
}

// Street lights: the taxonomy points to city management, but in this county the power
// company keeps them, and the desk keeps sending these calls there.
const newCall = '小区门口的路灯坏了好几盏，晚上一片黑';
const earlierCalls = ['小区门口的路灯坏了', '我们小区的路灯全都不亮了', '路灯坏了，晚上黑漆漆的'];

describe('learning from dispatchers', () => {
  it('records nothing when the desk follows the top suggestion', async () => {
    await dispatchTo('market-regulation', '小区电梯困人，有老人在里面');
    expect(await learnedRows()).toEqual([]);
  });

  it('ranks the unit dispatchers keep choosing higher for a similar new call, on every replica', async () => {
    const before = await standingOf('power', newCall);
    const overriddenBefore = await standingOf('city-management', newCall);
    const beforeOnReplica = await standingOf('power', newCall, replica);
    expect(before.top).toBe('city-management');
    expect(beforeOnReplica).toEqual(before);

    const incidents: { id: string }[] = [];
    for (const description of earlierCalls) incidents.push(await dispatchTo('power', description));

    const rows = await learnedRows();
    expect(rows).toEqual(
      earlierCalls.map((text, i) =>
        expect.objectContaining({
          text,
          chosen_unit_codes: ['power'],
          suggested_top_code: 'city-management',
          incident_id: incidents[i].id,
          actor_role: 'dispatcher',
        }),
      ),
    );

    const after = await standingOf('power', newCall);
    const afterOnReplica = await standingOf('power', newCall, replica);
    expect(after.rank).toBe(1);
    expect(before.rank === 0 || before.rank > after.rank).toBe(true);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.learnedCount).toBe(earlierCalls.length);
    expect(afterOnReplica).toEqual(after);
    // The unit the desk kept overriding slips below, but stays on the list.
    const overriddenAfter = await standingOf('city-management', newCall);
    expect(overriddenAfter.rank).toBe(2);
    expect(overriddenAfter.score).toBeLessThan(overriddenBefore.score);
  });

  it('leaves unrelated calls alone', async () => {
    const top = await standingOf('power', '小区电梯困人，有老人在里面');
    expect(top.top).toBe('market-regulation');
    expect(top.learnedCount).toBeUndefined();
  });

  it('does not count a later dispatch that adds a unit beside the top one as an override', async () => {
    const incident = await steps.report('小区电梯困人，有老人在里面');
    await steps.classify(incident.id, 'LINKAGE');
    await steps.dispatch(incident.id, [{ unitCode: 'market-regulation', channel: 'GRID', urgency: 'URGENT' }]);
    const count = (await learnedRows()).length;
    await steps.dispatch(incident.id, [{ unitCode: 'health', channel: 'GRID', urgency: 'URGENT' }]);
    expect(await learnedRows()).toHaveLength(count);
  });

  it('keeps a decision only if the dispatch commits: it is written in the same transaction', async () => {
    const count = (await learnedRows()).length;
    const incident = await steps.report('路灯又坏了一排，晚上看不见路');
    await steps.classify(incident.id, 'LINKAGE');
    // Without a time-limit policy for the order, the dispatch fails after the decision was
    // recorded; the rollback must take the decision with it.
    const conn = app.em().getConnection();
    const [policy] = await conn.execute<Record<string, unknown>[]>(
      `delete from time_limit_policy where urgency = 'EMERGENCY' and duty_mode = (select duty_mode from unit where code = 'power') returning *`,
    );
    try {
      await expect(steps.dispatch(incident.id, [{ unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' }])).rejects.toThrow(
        /No time-limit policy/,
      );
    } finally {
      await conn.execute(
        `insert into time_limit_policy (id, urgency, duty_mode, sign_within_minutes, arrive_within_minutes, feedback_within_minutes, dispute_within_minutes)
         values (?, ?, ?, ?, ?, ?, ?)`,
        ['id', 'urgency', 'duty_mode', 'sign_within_minutes', 'arrive_within_minutes', 'feedback_within_minutes', 'dispute_within_minutes'].map((k) => policy[k]),
      );
    }
    expect(await learnedRows()).toHaveLength(count);
    await steps.dispatch(incident.id, [{ unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' }]);
    expect(await learnedRows()).toHaveLength(count + 1);
  });

  it('records overrides dispatched at the same moment, each once, in commit order', async () => {
    const before = (await learnedRows()).length;
    const incidents = await Promise.all(['东街的路灯全灭了', '西街路灯一闪一闪的', '河边步道的路灯不亮了'].map((text) => steps.report(text)));
    await Promise.all(incidents.map((incident) => steps.classify(incident.id, 'LINKAGE')));
    await Promise.all(incidents.map((incident) => steps.dispatch(incident.id, [{ unitCode: 'power', channel: 'GRID', urgency: 'ROUTINE' }])));
    const seqs = await app
      .em()
      .getConnection()
      .execute<{ seq: string }[]>('select seq::text as seq from routing_learned_choice order by seq');
    expect(seqs.map((row) => Number(row.seq))).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBeLessThanOrEqual(before + incidents.length);
    const standing = await standingOf('power', newCall, replica);
    expect(standing.rank).toBe(1);
    expect(standing.learnedCount).toBeGreaterThanOrEqual(earlierCalls.length);
  });
});
