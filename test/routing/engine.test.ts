import { evaluate, NO_DISPATCH_CLASS, RoutingEngine, RoutingInputError } from '../../src/modules/routing/engine';
import type { CatalogueUnit, Category, LearnedChoice } from '../../src/modules/routing/engine';
import { buildEngine, loadCatalogue, loadLabelledCalls, loadTaxonomy } from '../support/routing';

const units: CatalogueUnit[] = loadCatalogue();
const categories: Category[] = loadTaxonomy();
const engine = new RoutingEngine({ units, categories });

function dutyText(unitCode: string, item: number): string | undefined {
  return units.find((unit) => unit.code === unitCode)?.duties.find((duty) => duty.item === item)?.text;
}

function rankOf(unitCode: string, text: string, against: RoutingEngine = engine): number {
  return against.suggest(text, units.length).findIndex((suggestion) => suggestion.unitCode === unitCode);
}

describe('suggest: clear calls go to the unit the notice makes responsible', () => {
  it.each([
    ['小区电梯困人了，里面有个老人', 'market-regulation', 4, '电梯困人'],
    ['屋头莫得水了，停起了一上午也没人管', 'housing-construction', 3, '莫得水'],
    ['我们这条街突然停电了', 'power', 2, '停电'],
    ['西街桥洞下面睡了个流浪汉，天冷了', 'civil-affairs', 1, '流浪汉'],
    ['老板拖欠工资三个月了不给', 'human-resources', 1, '拖欠工资'],
    ['小卖部在卖假烟', 'tobacco', 1, '假烟'],
    ['山体滑坡把路埋了', 'land-resources', 2, '滑坡'],
    ['有线电视没信号了', 'tv-station', 1, '有线电视'],
  ])('%s -> %s (duty item %i)', (text, unitCode, item, word) => {
    const [top] = engine.suggest(text);
    expect(top.unitCode).toBe(unitCode);
    const reason = top.reasons.find((candidate) => candidate.kind === 'CATEGORY');
    expect(reason).toMatchObject({ kind: 'CATEGORY', unitCode, dutyItem: item, dutyText: dutyText(unitCode, item) });
    expect(reason?.matchedWords.join(' ')).toContain(word);
    expect(reason?.categoryName).toBeTruthy();
  });

  it('returns comparable scores in [0, 1], best first, at most `limit`', () => {
    const suggestions = engine.suggest('工地脚手架垮了，压到两个工人，在流血', 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].unitCode).toBe('housing-construction');
    expect(suggestions.map((s) => s.unitCode)).toContain('health');
    for (const [index, suggestion] of suggestions.entries()) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      if (index > 0) expect(suggestion.score).toBeLessThanOrEqual(suggestions[index - 1].score);
    }
  });

  it('picks the named carrier, and offers all three when none is named', () => {
    expect(engine.suggest('联通宽带断了，上不了网')[0].unitCode).toBe('unicom');
    expect(engine.suggest('移动的信号这几天差得很')[0].unitCode).toBe('mobile');
    const unnamed = engine.suggest('村里手机信号全断了，打不出电话', 3).map((s) => s.unitCode);
    expect(unnamed.sort()).toEqual(['mobile', 'telecom', 'unicom']);
  });

  it('reads typos from pinyin input and shows what it understood', () => {
    const [top] = engine.suggest('电题卡住了，里面有人');
    expect(top.unitCode).toBe('market-regulation');
    expect(top.reasons[0].matchedWords.some((word) => word.includes('≈'))).toBe(true);
  });

  it('supports a category with a DUTY reason naming the duty item', () => {
    const water = engine.suggest('供水管道漏水爆裂，水压不足').find((s) => s.unitCode === 'housing-construction');
    const reasons = water?.reasons ?? [];
    expect(reasons.some((reason) => reason.dutyItem === 3 && reason.dutyText === dutyText('housing-construction', 3))).toBe(true);
  });

  it('follows the data it is given, not codes in the engine', () => {
    const custom = new RoutingEngine({
      units,
      categories: [
        ...categories,
        { code: 'snake-in-house', name: '蛇进屋', synonyms: ['蛇进屋', '屋里*蛇'], unitCodes: ['environment-forestry'], dutyItems: { 'environment-forestry': 5 } },
      ],
    });
    const [top] = custom.suggest('屋里有一条大蛇');
    expect(top).toMatchObject({ unitCode: 'environment-forestry' });
    expect(top.reasons[0]).toMatchObject({ categoryCode: 'snake-in-house', dutyItem: 5 });
  });
});

describe('assessPolice: notice section 四', () => {
  it('a fight with knives needs police first, with the words that show it', () => {
    const assessment = engine.assessPolice('烧烤店门口两伙人打架，有人拿刀砍伤了人');
    expect(assessment.policeFirstResponse).toBe(true);
    const words = assessment.reasons.flatMap((reason) => reason.words);
    expect(words).toEqual(expect.arrayContaining(['打架']));
    expect(assessment.reasons.every((reason) => reason.why.length > 0)).toBe(true);
  });

  it('a burst water pipe is not a police matter', () => {
    expect(engine.assessPolice('小区门口的水管爆了，水冒得老高')).toEqual({ policeFirstResponse: false, reasons: [] });
  });

  it('a gas leak threatens public safety', () => {
    expect(engine.assessPolice('屋头的天然气管子漏气了，味道好大').policeFirstResponse).toBe(true);
  });

  it('ignores a danger the caller says did not happen', () => {
    const assessment = engine.assessPolice('路灯不亮，没有人受伤');
    expect(assessment.policeFirstResponse).toBe(false);
  });
});

describe('learn: dispatchers correct the engine', () => {
  const similarCalls = ['小区化粪池满了往外冒，臭得很', '我们小区的化粪池又满了，粪水流到楼道口', '小区化粪池堵了冒粪水，物业不管'];
  const newCall = '小区后面的化粪池满了，粪水冒出来了';

  it('ranks the unit chosen over the top suggestion higher for a similar call', () => {
    const learner = new RoutingEngine({ units, categories });
    const overridden = learner.suggest(newCall)[0].unitCode;
    expect(overridden).toBe('city-management');
    const before = rankOf('housing-construction', newCall, learner);

    for (const text of similarCalls) {
      learner.learn({ text, chosenUnitCodes: ['housing-construction'], suggestedTopCode: overridden });
    }

    const after = learner.suggest(newCall);
    expect(rankOf('housing-construction', newCall, learner)).toBeLessThan(before < 0 ? Infinity : before);
    expect(after[0].unitCode).toBe('housing-construction');
    const learned = after[0].reasons.find((reason) => reason.kind === 'LEARNED');
    expect(learned?.learnedCount).toBe(similarCalls.length);
    expect(learned?.matchedWords).toContain('化粪池');
  });

  it('answers a text asked again the same, whatever the caller did with the first answer', () => {
    const asker = new RoutingEngine({ units, categories });
    const first = asker.suggest(newCall, 3);
    const expected = structuredClone(first);
    first[0].reasons[0].matchedWords.push('改动');
    first[0].reasons.pop();
    first.reverse();
    expect(asker.suggest(newCall, 3)).toEqual(expected);
    expect(asker.suggest(newCall, 1)).toEqual(expected.slice(0, 1));
  });

  it('starts from stored decisions and leaves unrelated calls alone', () => {
    const learned: LearnedChoice[] = similarCalls.map((text) => ({
      text,
      chosenUnitCodes: ['housing-construction'],
      suggestedTopCode: 'city-management',
    }));
    const restored = new RoutingEngine({ units, categories, learned });
    expect(restored.suggest(newCall)[0].unitCode).toBe('housing-construction');
    expect(restored.suggest('路灯坏了，一条街都是黑的')).toEqual(engine.suggest('路灯坏了，一条街都是黑的'));
  });

  it('rejects a choice without units or with unknown units', () => {
    expect(() => engine.learn({ text: '化粪池满了', chosenUnitCodes: [] })).toThrow(
      expect.objectContaining({ code: 'EMPTY_CHOICE' }),
    );
    expect(() => engine.learn({ text: '化粪池满了', chosenUnitCodes: ['fire-brigade'] })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_UNIT' }),
    );
  });
});

describe('input errors and noise', () => {
  it.each(['', '   ', '\n\t '])('rejects empty text %j', (text) => {
    expect(() => engine.suggest(text)).toThrow(RoutingInputError);
    expect(() => engine.suggest(text)).toThrow(expect.objectContaining({ code: 'EMPTY_TEXT' }));
  });

  it('rejects text over 2,000 characters with a message in English and Chinese', () => {
    const error = captureError(() => engine.suggest('停'.repeat(2001)));
    expect(error).toBeInstanceOf(RoutingInputError);
    expect(error).toMatchObject({ code: 'TEXT_TOO_LONG' });
    expect(error?.message).toMatch(/limit is 2000/u);
    expect(error?.message).toMatch(/超过2000字/u);
    expect(engine.suggest('停电'.repeat(1000)).length).toBeGreaterThan(0);
  });

  it('refuses a 100 KB paste, for suggestions and the police assessment alike', () => {
    const huge = '电梯困人'.repeat(25_000);
    expect(() => engine.suggest(huge)).toThrow(expect.objectContaining({ code: 'TEXT_TOO_LONG' }));
    expect(() => engine.assessPolice(huge)).toThrow(expect.objectContaining({ code: 'TEXT_TOO_LONG' }));
  });

  it.each(['😀😀😀', '🔥💧⚡️🙏', '？？！！。。', 'asdfghjkl qwerty', '啊啊啊啊啊', '1234567890'])(
    'returns no unit for %j',
    (text) => {
      expect(engine.suggest(text)).toEqual([]);
      expect(engine.assessPolice(text).policeFirstResponse).toBe(false);
    },
  );

  it('rejects a limit that is not a positive whole number', () => {
    expect(() => engine.suggest('停电了', 0)).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT' }));
    expect(() => engine.suggest('停电了', 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT' }));
  });

  it('refuses categories that name units missing from the catalogue', () => {
    const broken: Category = { code: 'gas', name: '燃气', synonyms: ['燃气'], unitCodes: ['gas-company'] };
    expect(() => new RoutingEngine({ units, categories: [broken] })).toThrow(
      expect.objectContaining({ code: 'INVALID_CATEGORY' }),
    );
  });
});

describe('suggestions that know when they do not know', () => {
  it.each(['打错了，不好意思', '小孩在玩电话，乱打的', '请问现在几点了', '没事了，不用了'])('offers nothing above LOW for "%s"', (text) => {
    expect(engine.suggest(text).filter((s) => s.confidence !== 'LOW')).toEqual([]);
  });

  it('gives HIGH to a call that names its matter plainly, and LOW to one resting on shared character pairs only', () => {
    expect(engine.suggest('小区停电了，整栋楼都没电')[0]).toMatchObject({ unitCode: 'power', confidence: 'HIGH' });
    for (const suggestion of engine.suggest('路上水管爆了，水流得到处都是，很严重')) {
      const wordLevel = suggestion.reasons.some((r) => r.kind === 'CATEGORY' && !r.approximate);
      if (!wordLevel) expect(suggestion.confidence).toBe('LOW');
    }
  });

  it('cites words, never single characters', () => {
    const calls = ['路上水管爆了，水流得到处都是，很严重', '城东路口水管破裂，路面积水，车辆绕行', '头晕得很，走路都走不稳'];
    for (const text of calls) {
      for (const suggestion of engine.suggest(text, 5)) {
        for (const reason of suggestion.reasons) {
          expect(reason.matchedWords.filter((word) => [...word].length < 2)).toEqual([]);
        }
      }
    }
    expect(engine.suggest('路上水管爆了，水流得到处都是，很严重', 5).map((s) => s.unitCode)).not.toContain('health');
  });

  it('puts the police first where violence is described, whatever the setting', () => {
    const [first, second] = engine.suggest('学校门口有人打架');
    expect([first.unitCode, second.unitCode]).toEqual(['police', 'education']);
    expect(first.reasons[0]).toMatchObject({ kind: 'POLICE_FIRST', matchedWords: ['打架'] });
    expect(engine.assessPolice('学校门口有人打架').policeFirstResponse).toBe(true);
    // A threat to production safety brings the police too, yet the answering unit stays first.
    expect(engine.suggest('矿上塌方了，里面还有三个工人没出来')[0].unitCode).toBe('work-safety');
  });
});

describe('evaluation set (test/routing/calls.labelled.json)', () => {
  const calls = loadLabelledCalls();

  it('covers every unit with at least five calls', () => {
    expect(calls.length).toBeGreaterThanOrEqual(170);
    for (const unit of units) {
      expect(calls.filter((call) => call.units[0] === unit.code).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('meets top-1 >= 0.90 and top-3 >= 0.97', () => {
    const result = evaluate(buildEngine(), calls);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
    expect(result.top3).toBeGreaterThanOrEqual(0.97);
  });

  it('has no-dispatch calls, and recognises them: no-dispatch recall >= 0.9, precision >= 0.85', () => {
    const result = evaluate(buildEngine(), calls);
    const none = result.perClass.find((c) => c.label === NO_DISPATCH_CLASS)!;
    expect(none.expected).toBeGreaterThanOrEqual(20);
    expect(none.recall).toBeGreaterThanOrEqual(0.9);
    expect(none.precision).toBeGreaterThanOrEqual(0.85);
    // HIGH means what it says on the labelled calls.
    expect(result.byConfidence.find((l) => l.confidence === 'HIGH')!.precision).toBeGreaterThanOrEqual(0.95);
  });
});

function captureError(action: () => unknown): Error | undefined {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}
