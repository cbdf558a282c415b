/** A member unit as the notice's attachment 2 lists it (理县110社会服务联动单位职责). */
export interface CatalogueUnit {
  code: string;
  name: string;
  shortName: string;
  duties: { item: number; text: string }[];
}

/**
 * A call category in the spirit of an Open311 service definition. Administrators edit
 * these rows without a deploy, so nothing about a category may live in code.
 */
export interface Category {
  code: string;
  name: string;
  /** Strong cues. `*` inside a synonym stands for up to six characters within one clause. */
  synonyms: string[];
  /** Context words that hint at the category but decide nothing alone (学校, 老板, 电视 ...). */
  weakSynonyms?: string[];
  /** Responsible units, the one that usually leads first. */
  unitCodes: string[];
  /**
   * The units are interchangeable providers of one service and the call usually names one
   * (电信/移动/联通 share notice section 21): all rank equally unless something else decides.
   */
  alternatives?: boolean;
  /** The notice duty item each unit answers under; inferred from the duty texts when absent. */
  dutyItems?: Record<string, number>;
  /** Notice section 四: not a police matter, but urgent enough that police respond first. */
  policeFirst?: boolean;
}

/** A dispatcher's decision, usually one that overrode the top suggestion. */
export interface LearnedChoice {
  text: string;
  chosenUnitCodes: string[];
  suggestedTopCode?: string;
}

export type SuggestionReasonKind = 'CATEGORY' | 'DUTY' | 'LEARNED' | 'POLICE_FIRST';

/** How far a suggestion can be trusted, from score thresholds calibrated on the labelled calls (CONFIDENCE_THRESHOLDS). */
export type SuggestionConfidence = 'HIGH' | 'MEDIUM' | 'LOW';

export interface SuggestionReason {
  kind: SuggestionReasonKind;
  unitCode: string;
  categoryCode?: string;
  categoryName?: string;
  dutyItem?: number;
  dutyText?: string;
  /** Words as the caller wrote them; a fuzzy hit reads `电题困人≈电梯困人`. */
  matchedWords: string[];
  /** CATEGORY only: no synonym matched; the call shares rare characters with the category's words. */
  approximate?: boolean;
  /** LEARNED only: how many similar earlier dispatches chose this unit. */
  learnedCount?: number;
}

export interface UnitSuggestion {
  unitCode: string;
  /** In [0, 1]; comparable across units and calls. */
  score: number;
  confidence: SuggestionConfidence;
  reasons: SuggestionReason[];
}

export interface PoliceAssessment {
  policeFirstResponse: boolean;
  reasons: { words: string[]; why: string }[];
}

/** Words that make a call a police first-response case, grouped under the reason shown. */
export interface PoliceSignal {
  why: string;
  words: string[];
  /**
   * Crime and threats to a person: the police lead, so suggestions put the police unit first
   * whatever the setting (a fight at a school gate is police first, education second). Threats
   * to public or production safety bring the police first on scene too, yet the unit that
   * answers for the matter (work safety for a mine collapse) stays first among suggestions.
   */
  leads?: boolean;
}

/** Words that say a call needs nobody sent: a misdial, a child with the phone, "never mind", the time. */
export interface NoDispatchSignal {
  why: string;
  words: string[];
}

/** A standard word and the colloquial or Sichuan forms callers use for it. */
export interface DialectRule {
  standard: string;
  variants: string[];
}

export interface RoutingEngineInput {
  units: CatalogueUnit[];
  categories: Category[];
  learned?: LearnedChoice[];
  /** Defaults to the built-in list in police-signals.ts. */
  policeSignals?: PoliceSignal[];
  /** Defaults to the built-in list in dialect.ts. */
  dialect?: DialectRule[];
  /** Defaults to the built-in list in no-dispatch-signals.ts. */
  noDispatchSignals?: NoDispatchSignal[];
  /** The unit that answers for crime (default `police`); absent from the catalogue, nothing is put first. */
  policeUnitCode?: string;
  /** Oldest learned choices are forgotten beyond this many (default 10,000). */
  maxLearned?: number;
}
