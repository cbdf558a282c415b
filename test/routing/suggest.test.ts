import { buildEngine, loadLabelledCalls } from '../support/routing';
import { routingEngineCache } from '../../src/modules/routing/routing.engine-cache';
import { AssessPoliceResponseDocument, SuggestUnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

/** The desk asks which unit answers for a call, through /graphql, on the seeded catalogue. */
let app: TestApp;
let desk: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  desk = { token: app.token('dispatcher') };
});
afterAll(() => app.close());

async function suggest(text: string, limit?: number) {
  return app.gql(SuggestUnitsDocument, { text, limit }, desk);
}

describe('suggestUnits', () => {
  it('names the responsible unit first, with the duty item of the notice and the words that matched', async () => {
    const res = await suggest('小区电梯困人了，里面有个老人');
    expect(res.errors).toBeUndefined();
    const [top, ...rest] = res.data!.suggestUnits;
    expect(top.unit.code).toBe('market-regulation');
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
    const reason = top.reasons.find((r) => r.kind === 'CATEGORY')!;
    expect(reason).toMatchObject({ categoryCode: 'lift-entrapment', dutyItem: 4, approximate: false });
    expect(reason.dutyText).toContain('电梯');
    expect(reason.matchedWords.join(' ')).toContain('电梯困人');
    expect(rest.length).toBeLessThanOrEqual(2);
    for (const next of rest) expect(next.score).toBeLessThanOrEqual(top.score);
  });

  it('returns at most `limit` units, best first', async () => {
    const res = await suggest('工地脚手架垮了，压到两个工人，在流血', 5);
    const scores = res.data!.suggestUnits.map((s) => s.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores.length).toBeLessThanOrEqual(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(res.data!.suggestUnits[0].unit.code).toBe('housing-construction');
  });

  it('gives the same suggestions from the database as the engine built from the seed files', async () => {
    const fromFiles = buildEngine();
    const em = app.em();
    const { engine: fromDatabase } = await routingEngineCache(em).current(em);
    const differences = loadLabelledCalls()
      .map(({ text }) => ({ text, files: fromFiles.suggest(text, 3), database: fromDatabase.suggest(text, 3) }))
      .filter(({ files, database }) => JSON.stringify(files) !== JSON.stringify(database));
    expect(differences).toEqual([]);
  });

  it('sends the same few statements whatever the limit, and reads no taxonomy once the engine is warm', async () => {
    await suggest('停电了');
    const one = await app.countStatements(() => suggest('我们这条街突然停电了', 1));
    const many = await app.countStatements(() => suggest('工地脚手架垮了，压到两个工人，在流血', 10));
    expect(one.statements.length).toBe(many.statements.length);
    expect(many.statements.length).toBeLessThanOrEqual(2);
    expect(many.statements.join('\n')).not.toContain('routing_synonym');
  });
});

describe('assessPoliceResponse', () => {
  it('says when the police must respond first, and why', async () => {
    const res = await app.gql(AssessPoliceResponseDocument, { text: '有人拿刀在街上砍人' }, desk);
    expect(res.errors).toBeUndefined();
    expect(res.data!.assessPoliceResponse.policeFirstResponse).toBe(true);
    expect(res.data!.assessPoliceResponse.reasons.flatMap((r) => r.words)).toContain('砍人');
    expect(res.data!.assessPoliceResponse.reasons[0].why).toMatch(/[\u4e00-\u9fff]/);
  });

  it('leaves a general matter to the units', async () => {
    const res = await app.gql(AssessPoliceResponseDocument, { text: '有线电视没信号了' }, desk);
    expect(res.data!.assessPoliceResponse).toEqual({ policeFirstResponse: false, reasons: [] });
  });
});

describe('empty and absurd input', () => {
  it.each([
    ['an empty description', '', /empty/],
    ['only spaces', '   \n ', /empty/],
    ['100 KB of text', 'x'.repeat(100 * 1024), /more than 4000 characters; the limit is 2000/],
    ['2,001 Chinese characters', '水'.repeat(2001), /2001 characters; the limit is 2000/],
  ])('%s: BAD_USER_INPUT with the engine\'s message, for both queries', async (_, text, message) => {
    const res = await suggest(text);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
    const police = await app.gql(AssessPoliceResponseDocument, { text }, desk);
    expect(police.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(police.errors![0].message).toBe(res.errors![0].message);
  });

  it.each([
    ['emoji only', '😀😭🔥🔥'],
    ['punctuation only', '？？？！！……'],
    ['gibberish', 'qzxv wplk'],
  ])('%s: an empty list, not an error', async (_, text) => {
    const res = await suggest(text);
    expect(res.errors).toBeUndefined();
    expect(res.data!.suggestUnits).toEqual([]);
    const police = await app.gql(AssessPoliceResponseDocument, { text }, desk);
    expect(police.data!.assessPoliceResponse.policeFirstResponse).toBe(false);
  });

  it.each([0, -1, 101])('limit %i: BAD_USER_INPUT', async (limit) => {
    const res = await suggest('停电了', limit);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
    expect(res.errors![0].message).toMatch(/limit must be between 1 and 100/);
  });

  it('keeps serving after all of that', async () => {
    const res = await suggest('我们这条街突然停电了');
    expect(res.data!.suggestUnits[0].unit.code).toBe('power');
  });
});

describe('who may ask', () => {
  it.each(['dispatcher', 'commander', 'leadership', 'admin'] as const)('%s may', async (role) => {
    const res = await app.gql(SuggestUnitsDocument, { text: '停电了' }, { token: app.token(role) });
    expect(res.errors).toBeUndefined();
  });

  it('a unit operator and the grid platform may not', async () => {
    for (const token of [app.token('unit_operator', 'power'), app.token('grid_sync')]) {
      const res = await app.gql(SuggestUnitsDocument, { text: '停电了' }, { token });
      expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
