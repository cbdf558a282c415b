import { ArrayMaxSize, ArrayMinSize, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MutationInputBase } from '../../common/inputs';

export const CATEGORY_CODE = /^[a-z][a-z0-9-]{0,63}$/;
const CODE_MESSAGE = 'code must be lower-case words joined by hyphens, e.g. "lift-entrapment"';

/** Longer than any cue a caller says in one breath; the seeded taxonomy's longest is 7. */
export const MAX_WORD_CHARS = 30;

@InputType({ description: '类别责任单位 a unit that answers for the category' })
export class RoutingCategoryUnitInput {
  @Field({ description: '单位代码 unit code, e.g. "market-regulation"' })
  unitCode!: string;

  @Field(() => Int, { nullable: true, description: '职责条目 the notice duty item it answers under; inferred from the duty texts when omitted' })
  @Min(1, { message: 'dutyItem must be a duty item number (1 or more)' })
  @Max(99, { message: 'dutyItem must be a duty item number (at most 99)' })
  dutyItem?: number;
}

@InputType({ description: '保存警情类别 create a call category, or replace one with the same code (and bring it back if retired)' })
export class UpsertRoutingCategoryInput extends MutationInputBase {
  @Field({ description: '类别代码 stable category code' })
  @Matches(CATEGORY_CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: '类别名称 name as the desk says it, e.g. "电梯困人"' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name!: string;

  @Field({ nullable: true, description: '分组 group, e.g. "特种设备"' })
  @MaxLength(50, { message: 'groupName may be at most 50 characters' })
  groupName?: string;

  @Field({ nullable: true, description: '说明 what calls belong here' })
  @MaxLength(1000, { message: 'description may be at most 1000 characters' })
  description?: string;

  @Field({ defaultValue: false, description: '公安先期处置 police respond first (notice 四)' })
  policeFirst!: boolean;

  @Field({ defaultValue: false, description: '可替代单位 the units are interchangeable providers and rank equally' })
  alternatives!: boolean;

  @Field(() => [String], {
    description: '同义词 words that point to the category; "A*B": B a few characters after A; "A+B": both anywhere in the call',
  })
  @ArrayMinSize(1, { message: 'synonyms must list at least one word that points to the category' })
  @ArrayMaxSize(300, { message: 'synonyms may list at most $constraint1 words' })
  @MaxLength(MAX_WORD_CHARS, { each: true, message: `each synonym may be at most ${MAX_WORD_CHARS} characters` })
  synonyms!: string[];

  @Field(() => [String], { defaultValue: [], description: '弱同义词 context words that only hint (学校, 老板 ...)' })
  @ArrayMaxSize(100, { message: 'weakSynonyms may list at most $constraint1 words' })
  @MaxLength(MAX_WORD_CHARS, { each: true, message: `each weak synonym may be at most ${MAX_WORD_CHARS} characters` })
  weakSynonyms!: string[];

  @Field(() => [RoutingCategoryUnitInput], { description: '责任单位 the units that answer for it, the one that usually leads first' })
  @ArrayMinSize(1, { message: 'units must name at least one member unit' })
  @ArrayMaxSize(24, { message: 'units may name at most $constraint1 member units' })
  @ValidateNested({ each: true })
  units!: RoutingCategoryUnitInput[];
}

@InputType({ description: '停用警情类别 retire a call category: suggestions stop using it' })
export class RetireRoutingCategoryInput extends MutationInputBase {
  @Field({ description: '类别代码 category code' })
  @Matches(CATEGORY_CODE, { message: CODE_MESSAGE })
  code!: string;
}
