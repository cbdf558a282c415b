import { ClassifyIncidentDocument, DeskBoardSearchDocument, DeskReportDocument, DeskSearchDocument, type ReportIncidentInput } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

/** 警情检索 through /graphql, on a database holding only the calls written here. */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

async function report(input: Partial<ReportIncidentInput> & { description: string }) {
  const res = await app.gql(DeskReportDocument, { input: { intakeChannel: 'CALL_110', place: { areaCode: 'zagunao' }, ...input } }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportIncident;
}

async function search(text: string, extra: { openOnly?: boolean } = {}) {
  const res = await app.gql(DeskSearchDocument, { input: { text, ...extra }, first: 50 }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.searchIncidents;
}

describe('search 警情检索', () => {
  let lift: string;
  let liftOther: string;
  let trappedInLift: string;
  let fire: string;
  let sameCaller: string[];
  beforeAll(async () => {
    lift = (await report({ description: '小区电梯困人，有老人在里面', callbackNumber: '13911112222' })).id;
    liftOther = (await report({ description: '商场电梯里困了两个人，按铃没人应', callbackNumber: '13933334444' })).id;
    trappedInLift = (await report({ description: '有人被困在电梯里出不来', callbackNumber: '13955556666' })).id;
    fire = (await report({ description: '楼下着火了，浓烟很大', callerName: '李建国', callbackNumber: '13800000001' })).id;
    sameCaller = [
      fire,
      (await report({ description: '邻居家狗一直叫', callbackNumber: '138 0000 0001' })).id,
      (await report({ description: '路灯不亮', place: { address: '杂谷脑镇朝阳小区3栋' }, callbackNumber: '13800000001' })).id,
    ];
    await report({ description: '电动车停在楼道里充电', callbackNumber: '13977778888' });
  });

  it('finds calls about people trapped in lifts for 电梯 困人, however the caller put it, the closest wording first', async () => {
    const hits = await search('电梯 困人');
    expect(new Set(hits.map((hit) => hit.incident.id))).toEqual(new Set([lift, liftOther, trappedInLift]));
    expect(hits[0].incident.id).toBe(lift);
    expect(hits[0].rank).toBeGreaterThan(hits[2].rank);
  });

  it("finds that caller's calls for a phone number, however it was typed", async () => {
    expect(new Set((await search('13800000001')).map((hit) => hit.incident.id))).toEqual(new Set(sameCaller));
    expect(new Set((await search('138-0000-0001')).map((hit) => hit.incident.id))).toEqual(new Set(sameCaller));
  });

  it("searches the address and the caller's name too, every word having to match", async () => {
    expect((await search('朝阳小区 路灯')).map((hit) => hit.incident.id)).toEqual([sameCaller[2]]);
    expect((await search('李建国')).map((hit) => hit.incident.id)).toEqual([fire]);
    expect((await search('李建国 电梯')).map((hit) => hit.incident.id)).toEqual([]);
  });

  it('finds nothing for text without a word, and keeps to open calls when asked', async () => {
    expect(await search('%，。')).toEqual([]);
    const closing = await app.gql(ClassifyIncidentDocument, { input: { incidentId: trappedInLift, classification: 'NO_DISPATCH', noDispatchReason: 'ADVICE_GIVEN' } }, steps.desk);
    expect(closing.errors).toBeUndefined();
    expect((await search('有人被困')).map((hit) => hit.incident.id)).toContain(trappedInLift);
    expect((await search('电梯 困人', { openOnly: true })).map((hit) => hit.incident.id)).not.toContain(trappedInLift);
  });

  it('serves the board filter from the same index', async () => {
    const res = await app.gql(DeskBoardSearchDocument, { filter: { search: '电梯 困人' } }, steps.desk);
    expect(new Set(res.data!.incidents.edges.map((e) => e.node.id))).toEqual(new Set([lift, liftOther, trappedInLift]));
  });
});

