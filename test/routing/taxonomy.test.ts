import taxonomy from '../../src/modules/routing/taxonomy.seed.json';
import { seedRoutingTaxonomy } from '../../src/modules/routing/routing.seeder';
import {
  RetireRoutingCategoryDocument,
  RoutingCategoriesDocument,
  SuggestUnitsDocument,
  UpsertRoutingCategoryDocument,
  type UpsertRoutingCategoryMutationVariables,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { startReplica, type Replica } from './replica';

/**
 * The call-category taxonomy lives in the database: seeded once from taxonomy.seed.json, then
 * kept by administrators through /graphql, and every replica routes by what they saved.
 */
let app: TestApp;
let replica: Replica;
let admin: { token: string };
let desk: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  replica = await startReplica(app);
  admin = { token: app.token('admin') };
  desk = { token: app.token('dispatcher') };
});
afterAll(async () => {
  await replica.close();
  await app.close();
});

type CategoryInput = UpsertRoutingCategoryMutationVariables['input'];

const chargingPile: CategoryInput = {
  code: 'charging-pile',
  name: '充电桩故障',
  groupName: '供电',
  synonyms: ['充电桩', '充不了电'],
  weakSynonyms: ['电动车'],
  units: [{ unitCode: 'power', dutyItem: 2 }],
};
const chargingCall = '小区充电桩坏了，电动车充不了电';

async function topFor(text: string, through: Pick<TestApp, 'gql'> | Replica = app) {
  const res = await through.gql(SuggestUnitsDocument, { text, limit: 3 }, desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.suggestUnits[0];
}

async function upsert(input: CategoryInput) {
  return app.gql(UpsertRoutingCategoryDocument, { input }, admin);
}

describe('the seeded taxonomy', () => {
  it('holds every category of taxonomy.seed.json, with its words and units', async () => {
    const res = await app.gql(RoutingCategoriesDocument, {}, desk);
    expect(res.errors).toBeUndefined();
    const categories = res.data!.routingCategories;
    expect(categories.map((c) => c.code)).toEqual(taxonomy.categories.map((c) => c.code));
    const lift = categories.find((c) => c.code === 'lift-entrapment')!;
    const seeded = taxonomy.categories.find((c) => c.code === 'lift-entrapment')!;
    expect(lift).toMatchObject({ name: seeded.name, groupName: seeded.group, source: 'NOTICE', policeFirst: seeded.policeFirst === true });
    expect(lift.synonyms).toEqual(seeded.synonyms);
    expect(lift.units.map((u) => [u.unit.code, u.dutyItem])).toEqual(
      seeded.unitCodes.map((code) => [code, (seeded.dutyItems as Partial<Record<string, number>>)[code]]),
    );
  });

  it('lists the whole taxonomy in a fixed number of statements', async () => {
    const { statements } = await app.countStatements(() => app.gql(RoutingCategoriesDocument, {}, desk));
    expect(statements.length).toBeLessThanOrEqual(4);
  });

  it('seeds again without adding anything', async () => {
    expect(await seedRoutingTaxonomy(app.em())).toEqual({ routingCategories: 0, routingSynonyms: 0, routingCategoryUnits: 0 });
  });

  it('may be read by the desk and administrators only', async () => {
    for (const role of ['commander', 'admin'] as const) {
      expect((await app.gql(RoutingCategoriesDocument, {}, { token: app.token(role) })).errors).toBeUndefined();
    }
    for (const token of [app.token('leadership'), app.token('unit_operator', 'power'), app.token('grid_sync')]) {
      expect((await app.gql(RoutingCategoriesDocument, {}, { token })).errors![0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('an administrator edits the taxonomy without a deploy', () => {
  it('adds a category: this server and the other replica route by it from the next call', async () => {
    // Both replicas have routed before the edit, so both hold a cached engine.
    expect((await topFor(chargingCall)).unit.code).not.toBe('power');
    expect((await topFor(chargingCall, replica)).unit.code).not.toBe('power');

    const res = await upsert(chargingPile);
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertRoutingCategory).toMatchObject({
      code: 'charging-pile',
      source: 'ADMIN',
      synonyms: ['充电桩', '充不了电'],
      weakSynonyms: ['电动车'],
      units: [{ rank: 0, dutyItem: 2, unit: { code: 'power' } }],
      retiredAt: null,
    });

    for (const through of [app, replica]) {
      const top = await topFor(chargingCall, through);
      expect(top.unit.code).toBe('power');
      expect(top.reasons[0]).toMatchObject({ kind: 'CATEGORY', categoryCode: 'charging-pile', dutyItem: 2 });
    }
  });

  it('replaces a category whole: words it no longer has stop matching', async () => {
    const res = await upsert({ ...chargingPile, synonyms: ['充电站'], weakSynonyms: [] });
    expect(res.data!.upsertRoutingCategory.synonyms).toEqual(['充电站']);
    expect(res.data!.upsertRoutingCategory.weakSynonyms).toEqual([]);
    expect((await topFor(chargingCall, replica)).reasons.some((r) => r.categoryCode === 'charging-pile')).toBe(false);
    expect((await topFor('小区充电站起火了')).reasons.map((r) => r.categoryCode)).toContain('charging-pile');
  });

  it('retires a category: suggestions stop using it, listing it only on request, and saving it brings it back', async () => {
    const retired = await app.gql(RetireRoutingCategoryDocument, { input: { code: 'charging-pile' } }, admin);
    expect(retired.data!.retireRoutingCategory.retiredAt).toBeTruthy();
    for (const through of [app, replica]) {
      const top = await topFor('小区充电站坏了', through);
      expect(top?.reasons.some((r) => r.categoryCode === 'charging-pile') ?? false).toBe(false);
    }
    const listed = await app.gql(RoutingCategoriesDocument, {}, desk);
    expect(listed.data!.routingCategories.map((c) => c.code)).not.toContain('charging-pile');
    const all = await app.gql(RoutingCategoriesDocument, { includeRetired: true }, desk);
    expect(all.data!.routingCategories.map((c) => c.code)).toContain('charging-pile');

    const back = await upsert(chargingPile);
    expect(back.data!.upsertRoutingCategory.retiredAt).toBeNull();
    expect((await topFor(chargingCall, replica)).unit.code).toBe('power');
  });

  it('edits a seeded category, and the seeder never writes it over', async () => {
    const res = await upsert({
      code: 'lift-entrapment',
      name: '电梯困人',
      synonyms: ['电梯困人', '困在电梯'],
      units: [{ unitCode: 'market-regulation', dutyItem: 4 }],
      policeFirst: true,
    });
    expect(res.errors).toBeUndefined();
    expect(await seedRoutingTaxonomy(app.em())).toEqual({ routingCategories: 0, routingSynonyms: 0, routingCategoryUnits: 0 });
    const listed = await app.gql(RoutingCategoriesDocument, {}, desk);
    const lift = listed.data!.routingCategories.find((c) => c.code === 'lift-entrapment')!;
    expect(lift).toMatchObject({ synonyms: ['电梯困人', '困在电梯'], weakSynonyms: [], policeFirst: true, source: 'NOTICE' });
  });

  it('saves two edits of one new code made at the same moment one after the other', async () => {
    const results = await Promise.all([
      upsert({ ...chargingPile, code: 'charging-pile-3', name: '充电桩故障一' }),
      upsert({ ...chargingPile, code: 'charging-pile-3', name: '充电桩故障二' }),
    ]);
    expect(results.map((res) => res.errors)).toEqual([undefined, undefined]);
    const listed = await app.gql(RoutingCategoriesDocument, {}, desk);
    const saved = listed.data!.routingCategories.filter((c) => c.code === 'charging-pile-3');
    expect(saved).toHaveLength(1);
    expect(saved[0].synonyms).toEqual(chargingPile.synonyms);
  });

  it('answers a retry with the same idempotency key with the first result', async () => {
    const input = { ...chargingPile, code: 'charging-pile-2', idempotencyKey: 'charging-pile-2-create' };
    const first = await upsert(input);
    const again = await upsert(input);
    expect(again.data!.upsertRoutingCategory.id).toBe(first.data!.upsertRoutingCategory.id);
  });
});

describe('bad edits are refused with a message an administrator can act on', () => {
  it.each<[string, Partial<CategoryInput>, RegExp]>([
    ['an unknown unit', { units: [{ unitCode: 'fire-brigade' }] }, /No active member unit has the code "fire-brigade"/],
    ['a unit named twice', { units: [{ unitCode: 'power' }, { unitCode: 'power' }] }, /Unit "power" is named twice/],
    ['a duty item the unit does not have', { units: [{ unitCode: 'power', dutyItem: 9 }] }, /Unit "power" has no duty item 9 in force; its items are 1, 2, 3/],
    ['no synonyms', { synonyms: [] }, /synonyms must list at least one word/],
    ['only blank synonyms', { synonyms: ['  '] }, /synonyms: " {2}" has no letter or digit/],
    ['a synonym of punctuation', { synonyms: ['充电桩', '！！'] }, /synonyms: "！！" has no letter or digit/],
    ['a blank name', { name: '   ' }, /name must not be blank/],
    ['a code that is not one', { code: 'Charging Pile' }, /code must be lower-case words joined by hyphens/],
    ['no units', { units: [] }, /units must name at least one member unit/],
  ])('%s', async (_, change, message) => {
    const res = await upsert({ ...chargingPile, code: 'bad-edit', ...change });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
    const all = await app.gql(RoutingCategoriesDocument, { includeRetired: true }, desk);
    expect(all.data!.routingCategories.map((c) => c.code)).not.toContain('bad-edit');
  });

  it('retiring a category that does not exist is NOT_FOUND', async () => {
    const res = await app.gql(RetireRoutingCategoryDocument, { input: { code: 'no-such-category' } }, admin);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(res.errors![0].message).toMatch(/routingCategories query lists every code/);
  });

  it('only an administrator may edit', async () => {
    for (const role of ['dispatcher', 'commander', 'leadership', 'grid_sync'] as const) {
      const res = await app.gql(UpsertRoutingCategoryDocument, { input: chargingPile }, { token: app.token(role) });
      expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
