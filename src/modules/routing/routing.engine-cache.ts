import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../common/logger';
import { RoutingEngine, RoutingInputError } from './engine';
import type { CatalogueUnit, Category, LearnedChoice } from './engine';
import { readVersions, type RoutingVersions } from './routing.versions';

/** As many learned choices as the engine keeps (its default `maxLearned`). */
const MAX_LEARNED = 10_000;

export interface RoutingSnapshot {
  engine: RoutingEngine;
  /** Unit ids by code, so suggestions resolve their unit through the request's DataLoader. */
  unitIds: ReadonlyMap<string, string>;
  taxonomyVersion: number;
  catalogue: string;
  learnedSeq: number;
}

interface LearnedRow {
  seq: string;
  text: string;
  chosen_unit_codes: string[];
  suggested_top_code: string | null;
}

/**
 * One routing engine per process (per database), rebuilt when the taxonomy changes.
 *
 * Why a version check on every use rather than a timer: every replica must answer with the
 * taxonomy an administrator has just saved, whichever replica saved it. Each use reads the
 * counters in routing_version (one small query) and compares them with what the cached engine
 * was built from:
 * - taxonomy version or unit catalogue changed: rebuild from the tables (about 50 ms);
 * - learned seq advanced: apply only the new learned choices with engine.learn. Seqs are
 *   handed out under a row lock held to commit (routing.versions.ts), so "every seq up to the
 *   counter" is exactly the set of committed choices and catching up by seq never skips one.
 * A snapshot is stamped with the versions read before its rows were, so it is never newer
 * than it claims; a request only uses a snapshot at least as new as the versions it read.
 */
export class RoutingEngineCache {
  private snapshot?: RoutingSnapshot;
  private sharedBuild?: Promise<RoutingSnapshot>;

  /** `seen`: the versions the caller has just read in its own statement (a dispatch's combined read). */
  async current(em: EntityManager, seen?: RoutingVersions): Promise<RoutingSnapshot> {
    seen ??= await readVersions(em);
    for (;;) {
      const cached = this.snapshot;
      if (cached && taxonomyCovers(cached, seen)) return catchUp(em, cached, seen.learned);
      const built = await this.build(em, seen);
      if (!this.snapshot || built.taxonomyVersion >= this.snapshot.taxonomyVersion) this.snapshot = built;
      // A shared build started before this request read the versions may be older than them.
      if (taxonomyCovers(built, seen)) return catchUp(em, built, seen.learned);
    }
  }

  /**
   * Callers outside a transaction share one build: they hold no connection while they wait.
   * A caller inside one (the dispatch hook) holds a pooled connection, and if it waited for a
   * build that needs another, a busy pool could stall; it builds on its own connection.
   */
  private build(em: EntityManager, seen: RoutingVersions): Promise<RoutingSnapshot> {
    if (em.isInTransaction()) return buildSnapshot(em, seen);
    this.sharedBuild ??= buildSnapshot(em, seen).finally(() => {
      this.sharedBuild = undefined;
    });
    return this.sharedBuild;
  }
}

function taxonomyCovers(snapshot: RoutingSnapshot, versions: RoutingVersions): boolean {
  return snapshot.taxonomyVersion >= versions.taxonomy && snapshot.catalogue === versions.catalogue;
}

const caches = new WeakMap<object, RoutingEngineCache>();

/**
 * The cache for the database behind this EntityManager. Keyed by the ORM's driver, which every
 * fork shares, so two ORMs on two databases in one process (tests) never share an engine.
 */
export function routingEngineCache(em: EntityManager): RoutingEngineCache {
  const key = em.getDriver();
  let cache = caches.get(key);
  if (!cache) {
    cache = new RoutingEngineCache();
    caches.set(key, cache);
  }
  return cache;
}

async function buildSnapshot(em: EntityManager, versions: RoutingVersions): Promise<RoutingSnapshot> {
  const started = Date.now();
  const unitRows = await em.execute<{ id: string; code: string; name: string; short_name: string }[]>(
    `select id, code, name, short_name from unit where active order by rank, code`,
  );
  const dutyRows = await em.execute<{ unit_code: string; item: number; text: string }[]>(
    `select u.code as unit_code, d.item, d.text from duty d join unit u on u.id = d.unit_id
     where u.active and d.retired_at is null order by u.rank, u.code, d.item`,
  );
  const categoryRows = await em.execute<{ id: string; code: string; name: string; police_first: boolean; alternatives: boolean }[]>(
    `select id, code, name, police_first, alternatives from routing_category where retired_at is null order by rank, code`,
  );
  const synonymRows = await em.execute<{ category_id: string; word: string; weak: boolean }[]>(
    `select s.category_id, s.word, s.weak from routing_synonym s join routing_category c on c.id = s.category_id
     where c.retired_at is null order by s.rank, s.word`,
  );
  const linkRows = await em.execute<{ category_id: string; unit_code: string; duty_item: number | null }[]>(
    `select l.category_id, u.code as unit_code, l.duty_item from routing_category_unit l
     join routing_category c on c.id = l.category_id join unit u on u.id = l.unit_id
     where c.retired_at is null and u.active order by l.rank, u.rank`,
  );
  const learnedRows = await em.execute<LearnedRow[]>(
    `select * from (select seq::text as seq, text, chosen_unit_codes, suggested_top_code from routing_learned_choice
                    where seq <= ? order by seq desc limit ?) newest order by seq::bigint`,
    [versions.learned, MAX_LEARNED],
  );

  const units: CatalogueUnit[] = unitRows.map((row) => ({ code: row.code, name: row.name, shortName: row.short_name, duties: [] }));
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  for (const duty of dutyRows) unitByCode.get(duty.unit_code)?.duties.push({ item: duty.item, text: duty.text });

  const linksOf = groupBy(linkRows, (link) => link.category_id);
  const wordsOf = groupBy(synonymRows, (synonym) => synonym.category_id);
  const categories: Category[] = [];
  for (const row of categoryRows) {
    const links = linksOf.get(row.id) ?? [];
    // A unit that stopped taking orders, or a duty item since retired, must not stop routing.
    const dutyItems: Record<string, number> = {};
    for (const link of links) {
      const inForce = unitByCode.get(link.unit_code)?.duties.some((duty) => duty.item === link.duty_item);
      if (link.duty_item !== null && inForce) dutyItems[link.unit_code] = link.duty_item;
    }
    if (links.length === 0) continue;
    const words = wordsOf.get(row.id) ?? [];
    categories.push({
      code: row.code,
      name: row.name,
      synonyms: words.filter((word) => !word.weak).map((word) => word.word),
      weakSynonyms: words.filter((word) => word.weak).map((word) => word.word),
      unitCodes: links.map((link) => link.unit_code),
      dutyItems,
      policeFirst: row.police_first,
      alternatives: row.alternatives,
    });
  }

  const engine = new RoutingEngine({ units, categories, learned: learnedRows.map(toChoice), maxLearned: MAX_LEARNED });
  logger.info('routing engine built', {
    taxonomyVersion: versions.taxonomy,
    categories: categories.length,
    learned: learnedRows.length,
    ms: Date.now() - started,
  });
  return {
    engine,
    unitIds: new Map(unitRows.map((row) => [row.code, row.id])),
    taxonomyVersion: versions.taxonomy,
    catalogue: versions.catalogue,
    learnedSeq: versions.learned,
  };
}

/**
 * Applies the learned choices committed since the snapshot was built or last caught up. Two
 * requests may catch up at once: each applies only seqs above the snapshot's at that moment,
 * with no await in between, so no choice is learned twice.
 */
async function catchUp(em: EntityManager, snapshot: RoutingSnapshot, upTo: number): Promise<RoutingSnapshot> {
  if (snapshot.learnedSeq >= upTo) return snapshot;
  const rows = await em.execute<LearnedRow[]>(
    `select seq::text as seq, text, chosen_unit_codes, suggested_top_code from routing_learned_choice
     where seq > ? and seq <= ? order by seq`,
    [snapshot.learnedSeq, upTo],
  );
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq <= snapshot.learnedSeq) continue;
    snapshot.learnedSeq = seq;
    const choice = toChoice(row);
    const chosenUnitCodes = choice.chosenUnitCodes.filter((code) => snapshot.unitIds.has(code));
    const suggestedTopCode = choice.suggestedTopCode && snapshot.unitIds.has(choice.suggestedTopCode) ? choice.suggestedTopCode : undefined;
    if (chosenUnitCodes.length === 0) continue;
    try {
      snapshot.engine.learn({ text: choice.text, chosenUnitCodes, suggestedTopCode });
    } catch (err) {
      // A stored choice the engine cannot use is skipped, not fatal to routing.
      if (!(err instanceof RoutingInputError)) throw err;
    }
  }
  snapshot.learnedSeq = Math.max(snapshot.learnedSeq, upTo);
  return snapshot;
}

function toChoice(row: LearnedRow): LearnedChoice {
  return { text: row.text, chosenUnitCodes: row.chosen_unit_codes, suggestedTopCode: row.suggested_top_code ?? undefined };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
