import { Lexicon } from './lexicon';
import { hanBigrams, isHan, normalizeText, segment } from './text';
import type { CatalogueUnit } from './types';

export interface DutyRef {
  unitCode: string;
  item: number;
  text: string;
}

export interface DutyEvidence {
  ref: DutyRef;
  /** Sum of the idf of the duty words found in the call; bigrams count half. */
  raw: number;
  words: string[];
}

/**
 * Words that occur in the duty texts of nearly every unit (负责, 处置, 投诉 ...) say nothing
 * about which unit should answer, and would only add noise to every suggestion.
 */
const DUTY_STOPWORDS = new Set([
  '负责', '处置', '工作', '依法', '查处', '受理', '报警', '求助', '报警服务台', '服务台', '及时', '有关', '有关部门',
  '部门', '相关', '引发', '事件', '各类', '行为', '违法', '管理', '群众', '人民群众', '人民', '突发', '公共', '应急',
  '处理', '问题', '方面', '进行', '做好', '加强', '确保', '根据', '需要', '按照', '其他', '各种', '范围', '职责',
  '情况', '全县', '城区', '以及', '协助', '配合', '会同', '组织', '开展', '提供', '必要', '实施', '指导', '各乡镇',
  '乡镇', '单位', '活动', '案件', '投诉', '举报', '调处', '调解', '纠纷', '事故', '发生', '造成', '危及', '安全',
  '人员', '工作人员', '接受', '有效', '正常', '严重', '重大', '紧急', '保障', '服务', '110', '所属', '属地', '之间',
  '引起', '涉及', '认定', '能力', '系统', '机制', '建设', '完善', '随时', '立即', '积极', '严厉', '打击', '负责人',
]);

/** A character pair is weaker evidence than a whole duty word: many pairs are accidental. */
const BIGRAM_WEIGHT = 0.5;

interface DutyGroup {
  refs: DutyRef[];
}

/**
 * Duty texts indexed by their words (jieba) and by character bigrams, which survive typos
 * and unsegmented phrases. Telecom, mobile and unicom share one text (notice section 21),
 * so texts are grouped and each group is counted once when weighing words.
 */
export class DutyIndex {
  private readonly groups: DutyGroup[] = [];
  private readonly keywordIdf = new Map<string, number>();
  private readonly keywordGroups = new Map<string, number[]>();
  private readonly bigramIdf = new Map<string, number>();
  private readonly bigramGroups = new Map<string, number[]>();
  private readonly keywords: Lexicon<string>;
  private readonly refsByUnit = new Map<string, DutyRef[]>();

  constructor(units: CatalogueUnit[]) {
    const groupOfText = new Map<string, number>();
    const groupKeywords: Set<string>[] = [];
    const groupBigrams: Set<string>[] = [];
    for (const unit of units) {
      const refs: DutyRef[] = [];
      for (const duty of unit.duties) {
        const ref: DutyRef = { unitCode: unit.code, item: duty.item, text: duty.text };
        refs.push(ref);
        const normalized = normalizeText(duty.text);
        let group = groupOfText.get(normalized);
        if (group === undefined) {
          group = this.groups.length;
          groupOfText.set(normalized, group);
          this.groups.push({ refs: [] });
          groupKeywords.push(new Set(segment(normalized).tokens.filter(isDutyKeyword)));
          groupBigrams.push(new Set(hanBigrams(normalized).filter((gram) => !DUTY_STOPWORDS.has(gram))));
        }
        this.groups[group].refs.push(ref);
      }
      this.refsByUnit.set(unit.code, refs);
    }
    const count = Math.max(1, this.groups.length);
    const index = (sets: Set<string>[], idf: Map<string, number>, postings: Map<string, number[]>): void => {
      sets.forEach((words, group) => {
        for (const word of words) {
          const list = postings.get(word);
          if (list) list.push(group);
          else postings.set(word, [group]);
        }
      });
      for (const [word, list] of postings) idf.set(word, Math.log(count / list.length));
    };
    index(groupKeywords, this.keywordIdf, this.keywordGroups);
    index(groupBigrams, this.bigramIdf, this.bigramGroups);
    this.keywords = new Lexicon(
      [...this.keywordGroups.keys()].map((word) => ({ pattern: word, payload: word })),
      { fuzzy: false },
    );
  }

  dutiesOf(unitCode: string): DutyRef[] {
    return this.refsByUnit.get(unitCode) ?? [];
  }

  /** The strongest duty item of each unit for this (normalised) call text. */
  evidence(text: string): Map<string, DutyEvidence> {
    const raw = new Map<number, number>();
    const words = new Map<number, Set<string>>();
    const covered = new Uint8Array(text.length);
    const add = (group: number, weight: number, word: string): void => {
      raw.set(group, (raw.get(group) ?? 0) + weight);
      const set = words.get(group);
      if (set) set.add(word);
      else words.set(group, new Set([word]));
    };
    for (const match of this.keywords.match(text)) {
      const idf = this.keywordIdf.get(match.payload) ?? 0;
      if (idf <= 0) continue;
      covered.fill(1, match.start, match.end);
      for (const group of this.keywordGroups.get(match.payload) ?? []) add(group, idf, match.payload);
    }
    for (let i = 0; i + 1 < text.length; i++) {
      if (covered[i] && covered[i + 1]) continue;
      const gram = text.slice(i, i + 2);
      const idf = this.bigramIdf.get(gram);
      if (!idf || idf <= 0) continue;
      for (const group of this.bigramGroups.get(gram) ?? []) add(group, idf * BIGRAM_WEIGHT, gram);
    }
    const best = new Map<string, DutyEvidence>();
    for (const [group, score] of raw) {
      for (const ref of this.groups[group].refs) {
        const current = best.get(ref.unitCode);
        if (!current || score > current.raw) {
          best.set(ref.unitCode, { ref, raw: score, words: [...(words.get(group) ?? [])] });
        }
      }
    }
    return best;
  }

  /** The duty item of `unitCode` whose text shares the most rare bigrams with `words`. */
  inferItem(unitCode: string, words: string[]): DutyRef | undefined {
    const refs = this.dutiesOf(unitCode);
    let best: DutyRef | undefined = refs[0];
    let bestScore = 0;
    const grams = new Set(words.flatMap((word) => hanBigrams(normalizeText(word))));
    for (const ref of refs) {
      const dutyGrams = new Set(hanBigrams(normalizeText(ref.text)));
      let score = 0;
      for (const gram of grams) if (dutyGrams.has(gram)) score += this.bigramIdf.get(gram) ?? 0;
      if (score > bestScore) {
        best = ref;
        bestScore = score;
      }
    }
    return best;
  }
}

function isDutyKeyword(token: string): boolean {
  return token.length >= 2 && isHan(token[0]) && !DUTY_STOPWORDS.has(token);
}
