import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors';
import { MAX_LIST_ARGUMENT } from '../../common/pagination';
import { Duty, Unit } from '../units/unit.entity';
import { RecordSource } from '../units/unit.enums';
import { RoutingEngine, RoutingInputError } from './engine';
import type { CatalogueUnit, Category } from './engine';
import { checkCallText, normalizePattern } from './engine/text';
import { routingEngineCache } from './routing.engine-cache';
import { RoutingCategory, RoutingCategoryUnit, RoutingSynonym } from './routing.entity';
import type { RetireRoutingCategoryInput, UpsertRoutingCategoryInput } from './routing.inputs';
import { PoliceAssessment, SuggestionConfidence, SuggestionReason, SuggestionReasonKind, UnitSuggestion } from './routing.types';
import { bumpVersion, TAXONOMY_VERSION } from './routing.versions';

/** The engine's input errors are the caller's: BAD_USER_INPUT with the engine's own message. */
function asUserError<T>(argument: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof RoutingInputError) throw new BadInputError(err.message, { argument, reason: err.code });
    throw err;
  }
}

export class RoutingService {
  constructor(private readonly em: EntityManager) {}

  /** Responsible units for a call description, best first, from the catalogue as it is now. */
  async suggest(text: string, limit: number): Promise<UnitSuggestion[]> {
    // Checked before any database work: a 100 KB paste is refused without being read twice.
    asUserError('text', () => checkCallText(text));
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_ARGUMENT) {
      throw new BadInputError(`limit must be between 1 and ${MAX_LIST_ARGUMENT} (got ${limit}).`, { argument: 'limit' });
    }
    const snapshot = await routingEngineCache(this.em).current(this.em);
    const suggestions = asUserError('text', () => snapshot.engine.suggest(text, limit));
    return suggestions.map((suggestion) => ({
      unitId: snapshot.unitIds.get(suggestion.unitCode)!,
      score: suggestion.score,
      confidence: SuggestionConfidence[suggestion.confidence],
      reasons: suggestion.reasons.map(
        (reason): SuggestionReason => ({
          kind: SuggestionReasonKind[reason.kind],
          categoryCode: reason.categoryCode,
          categoryName: reason.categoryName,
          dutyItem: reason.dutyItem,
          dutyText: reason.dutyText,
          matchedWords: reason.matchedWords,
          approximate: reason.approximate === true,
          learnedCount: reason.learnedCount,
        }),
      ),
    }));
  }

  /** Notice section 四: does the call need the police on scene first? */
  async assessPolice(text: string): Promise<PoliceAssessment> {
    asUserError('text', () => checkCallText(text));
    const snapshot = await routingEngineCache(this.em).current(this.em);
    return asUserError('text', () => snapshot.engine.assessPolice(text));
  }

  listCategories(includeRetired: boolean): Promise<RoutingCategory[]> {
    return this.em.find(RoutingCategory, includeRetired ? {} : { retiredAt: null }, { orderBy: { rank: 'asc', code: 'asc' } });
  }

  /**
   * Creates the category or replaces it whole (words and units), bringing it back if it was
   * retired. Runs in the caller's transaction, which also bumps the taxonomy version: every
   * replica rebuilds its engine before its next suggestion.
   */
  async upsertCategory(input: UpsertRoutingCategoryInput, editedBy: string): Promise<RoutingCategory> {
    const tx = this.em;
    const name = input.name.trim();
    if (name === '') throw new BadInputError('name must not be blank: give the category the name the desk uses, e.g. "电梯困人".', { field: 'name' });
    const synonyms = cleanWords(input.synonyms, 'synonyms');
    if (synonyms.length === 0) {
      throw new BadInputError('synonyms must list at least one word that points to the category.', { field: 'synonyms' });
    }
    const weakSynonyms = cleanWords(input.weakSynonyms ?? [], 'weakSynonyms');
    const unitCodes = input.units.map((unit) => unit.unitCode.trim());
    const twice = unitCodes.find((code, i) => unitCodes.indexOf(code) !== i);
    if (twice) throw new BadInputError(`Unit "${twice}" is named twice; name each unit once.`, { field: 'units' });

    // First, so that edits queue behind each other: two administrators saving the same new
    // code one after the other update it instead of colliding on the unique code.
    await bumpVersion(tx, TAXONOMY_VERSION);

    const units = await tx.find(Unit, { code: { $in: unitCodes }, active: true });
    const missing = unitCodes.filter((code) => !units.some((unit) => unit.code === code));
    if (missing.length) {
      throw new BadInputError(
        `No active member unit has the code ${missing.map((code) => `"${code}"`).join(', ')}. The units query lists every code.`,
        { field: 'units.unitCode' },
      );
    }
    const duties = await tx.find(Duty, { unit: { $in: units }, retiredAt: null }, { orderBy: { item: 'asc' } });
    const catalogue: CatalogueUnit[] = units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      shortName: unit.shortName,
      duties: duties.filter((duty) => duty.unit.id === unit.id).map((duty) => ({ item: duty.item, text: duty.text })),
    }));
    const dutyItems: Record<string, number> = {};
    for (const { unitCode, dutyItem } of input.units) {
      if (dutyItem === undefined || dutyItem === null) continue;
      const items = catalogue.find((unit) => unit.code === unitCode.trim())!.duties.map((duty) => duty.item);
      if (!items.includes(dutyItem)) {
        throw new BadInputError(
          `Unit "${unitCode}" has no duty item ${dutyItem} in force; its items are ${items.join(', ') || 'none'}.`,
          { field: 'units.dutyItem' },
        );
      }
      dutyItems[unitCode.trim()] = dutyItem;
    }
    const candidate: Category = {
      code: input.code,
      name,
      synonyms,
      weakSynonyms,
      unitCodes,
      dutyItems,
      policeFirst: input.policeFirst,
      alternatives: input.alternatives,
    };
    // The engine's own check, on this category alone: what it refuses here it would refuse
    // when every replica rebuilds.
    asUserError('input', () => new RoutingEngine({ units: catalogue, categories: [candidate] }));

    const now = new Date();
    const fields = {
      name,
      groupName: input.groupName?.trim() || undefined,
      description: input.description?.trim() || undefined,
      policeFirst: input.policeFirst,
      alternatives: input.alternatives,
      adminEditedAt: now,
      adminEditedBy: editedBy,
      retiredAt: null,
    };
    let category = await tx.findOne(RoutingCategory, { code: input.code });
    if (category) {
      tx.assign(category, fields);
      await tx.nativeDelete(RoutingSynonym, { category });
      await tx.nativeDelete(RoutingCategoryUnit, { category });
    } else {
      const [{ rank }] = await tx.execute<{ rank: number }[]>(`select coalesce(max(rank), 0) + 1 as rank from routing_category`);
      category = tx.create(RoutingCategory, { ...fields, code: input.code, rank, source: RecordSource.ADMIN });
    }
    const words = [...synonyms.map((word) => ({ word, weak: false })), ...weakSynonyms.map((word) => ({ word, weak: true }))];
    words.forEach(({ word, weak }, rank) => tx.create(RoutingSynonym, { category, word, weak, rank: rank + 1 }));
    unitCodes.forEach((code, rank) =>
      tx.create(RoutingCategoryUnit, { category, unit: units.find((unit) => unit.code === code)!, rank, dutyItem: dutyItems[code] }),
    );
    return category;
  }

  /** Suggestions stop using the category; it stays listed (includeRetired) and can be brought back by saving it. */
  async retireCategory(input: RetireRoutingCategoryInput, editedBy: string): Promise<RoutingCategory> {
    const tx = this.em;
    await bumpVersion(tx, TAXONOMY_VERSION);
    const category = await tx.findOne(RoutingCategory, { code: input.code });
    if (!category) {
      throw new NotFoundError(`No call category has the code "${input.code}". The routingCategories query lists every code.`, {
        code: input.code,
      });
    }
    if (category.retiredAt) return category;
    const now = new Date();
    tx.assign(category, { retiredAt: now, adminEditedAt: now, adminEditedBy: editedBy });
    return category;
  }
}

/** Trimmed, de-duplicated words; a word with no letter or digit would match nothing. */
function cleanWords(words: string[], field: string): string[] {
  const kept: string[] = [];
  for (const raw of words) {
    const word = raw.trim();
    if (normalizePattern(word) === '') {
      throw new BadInputError(
        `${field}: "${raw}" has no letter or digit, so it would match nothing; remove it or write the word itself.`,
        { field },
      );
    }
    if (!kept.includes(word)) kept.push(word);
  }
  return kept;
}
