import { Field, Float, Int, ObjectType } from 'type-graphql';
import { registerBilingualEnum } from '../../common/enums';

export enum SuggestionReasonKind {
  CATEGORY = 'CATEGORY',
  DUTY = 'DUTY',
  LEARNED = 'LEARNED',
  POLICE_FIRST = 'POLICE_FIRST',
}

registerBilingualEnum(SuggestionReasonKind, 'SuggestionReasonKind', '建议依据 why a unit is suggested', {
  CATEGORY: '警情类别 the call matches a category the unit answers for',
  DUTY: '职责条目 words of one of the unit\'s notice duty items appear in the call',
  LEARNED: '派单经验 dispatchers sent similar calls to this unit before',
  POLICE_FIRST: '公安先期处置 the call describes a crime or a threat to a person: the police lead, whatever the setting',
});

export enum SuggestionConfidence {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

registerBilingualEnum(SuggestionConfidence, 'SuggestionConfidence', '置信度 how far a suggestion can be trusted (thresholds calibrated on labelled calls)', {
  HIGH: '高 the call names this unit\'s matter plainly; on labelled calls the first such suggestion was right',
  MEDIUM: '中 likely; check the reasons',
  LOW: '低 a guess: only shared words, or a call that needs no dispatch (misdial, never mind); decide yourself',
});

@ObjectType({ description: '建议依据 one reason behind a suggestion: which duty item of the notice, which words' })
export class SuggestionReason {
  @Field(() => SuggestionReasonKind, { description: '依据类型 kind of reason' })
  kind!: SuggestionReasonKind;

  @Field({ nullable: true, description: '类别代码 category code (CATEGORY)' })
  categoryCode?: string;

  @Field({ nullable: true, description: '类别名称 category name (CATEGORY)' })
  categoryName?: string;

  @Field(() => Int, { nullable: true, description: '职责条目 the notice duty item the unit answers under' })
  dutyItem?: number;

  @Field({ nullable: true, description: '职责内容 text of that duty item' })
  dutyText?: string;

  @Field(() => [String], { description: '匹配词语 the words as the caller wrote them; a fuzzy hit reads "电题困人≈电梯困人"' })
  matchedWords!: string[];

  @Field({ description: '近似匹配 no word matched exactly; the call shares rare characters with the category\'s words' })
  approximate!: boolean;

  @Field(() => Int, { nullable: true, description: '相似派单数 how many similar earlier dispatches chose this unit (LEARNED)' })
  learnedCount?: number;
}

@ObjectType({ description: '建议单位 a member unit suggested for a call, best first' })
export class UnitSuggestion {
  /** Resolved to `unit` through the request's DataLoader. */
  unitId!: string;

  @Field(() => Float, { description: '得分 score in [0, 1], comparable across units and calls' })
  score!: number;

  @Field(() => SuggestionConfidence, { description: '置信度 HIGH, MEDIUM or LOW; a call that needs no dispatch gets no suggestion or only LOW' })
  confidence!: SuggestionConfidence;

  @Field(() => [SuggestionReason], { description: '依据 the reasons a dispatcher can check' })
  reasons!: SuggestionReason[];
}

@ObjectType({ description: '公安先期处置依据 words that point to a police first response, and why' })
export class PoliceResponseReason {
  @Field({ description: '理由 why, under notice section 四' })
  why!: string;

  @Field(() => [String], { description: '词语 the words as the caller wrote them' })
  words!: string[];
}

@ObjectType({ description: '公安先期处置研判 whether a call needs the police first (notice 四: crime, threat to life, public safety)' })
export class PoliceAssessment {
  @Field({ description: '需公安先期处置 police respond first; the responsible units are ordered at the same time' })
  policeFirstResponse!: boolean;

  @Field(() => [PoliceResponseReason], { description: '依据 the reasons' })
  reasons!: PoliceResponseReason[];
}
