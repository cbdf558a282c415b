import { AssessPoliceResponseDocument, SuggestUnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
const desk = () => ({ token: app.token('dispatcher') });
const suggest = async (text: string) => {
  const res = await app.gql(SuggestUnitsDocument, { text, limit: 5 }, desk());
  expect(res.errors).toBeUndefined();
  return res.data!.suggestUnits;
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('suggestUnits through GraphQL: confidence', () => {
  it('offers a plainly named matter with HIGH confidence', async () => {
    const [first] = await suggest('小区停电了，整栋楼都没电');
    expect(first).toMatchObject({ unit: { code: 'power' }, confidence: 'HIGH' });
  });

  it.each(['打错了，不好意思', '屋头小孩在玩电话乱打的', '请问现在几点了', '刚才报的事没事了，不用过来了'])(
    'offers nothing above LOW for a call that needs no dispatch: %s',
    async (text) => {
      expect((await suggest(text)).filter((s) => s.confidence !== 'LOW')).toEqual([]);
    },
  );

  it('puts the police first for a fight at a school gate, education second, and cites words only', async () => {
    const suggestions = await suggest('学校门口有人打架');
    expect(suggestions.slice(0, 2).map((s) => s.unit.code)).toEqual(['police', 'education']);
    expect(suggestions[0].reasons[0]).toMatchObject({ kind: 'POLICE_FIRST', matchedWords: ['打架'] });
    const police = await app.gql(AssessPoliceResponseDocument, { text: '学校门口有人打架' }, desk());
    expect(police.data!.assessPoliceResponse.policeFirstResponse).toBe(true);

    const water = await suggest('城东路上水管爆了，水流得到处都是，很严重');
    expect(water[0].unit.code).toBe('housing-construction');
    expect(water.map((s) => s.unit.code)).not.toContain('health');
    expect(water.flatMap((s) => s.reasons.flatMap((r) => r.matchedWords)).filter((w) => [...w].length < 2)).toEqual([]);
  });
});
