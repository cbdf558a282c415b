import type { EntityManager } from '@mikro-orm/postgresql';

/** Bumped in the transaction of every taxonomy edit (and by the seeder when it adds rows). */
export const TAXONOMY_VERSION = 'taxonomy';
/** Hands out learned-choice seqs; its value is the highest seq committed or being committed. */
export const LEARNED_VERSION = 'learned';

/**
 * Increments a counter in the caller's transaction and returns the new value. The row stays
 * locked until that transaction ends, so the next writer waits: values become visible in the
 * order they were handed out, and a reader that has seen value N can rely on every row
 * stamped N or lower being committed.
 */
export async function bumpVersion(tx: EntityManager, name: string): Promise<number> {
  const [row] = await tx.execute<{ value: string }[]>(
    `insert into routing_version (name, value) values (?, 1)
     on conflict (name) do update set value = routing_version.value + 1, updated_at = now()
     returning value::text`,
    [name],
  );
  return Number(row.value);
}

export interface RoutingVersions {
  taxonomy: number;
  learned: number;
  /**
   * Units and duties are the engine's input too. They have no counter of their own, so a
   * cheap fingerprint (row counts and latest change) stands in for one.
   */
  catalogue: string;
}

/** The counters as one row (taxonomy, learned, catalogue); a dispatch reads it inside its own combined read. */
export const VERSIONS_SQL = `select coalesce((select value from routing_version where name = ?), 0)::text as taxonomy,
            coalesce((select value from routing_version where name = ?), 0)::text as learned,
            (select count(*) || '/' || coalesce(max(updated_at)::text, '') from unit) || ';' ||
            (select count(*) || '/' || coalesce(max(updated_at)::text, '') from duty) as catalogue`;
export const VERSIONS_PARAMS = [TAXONOMY_VERSION, LEARNED_VERSION];

export function versionsFrom(row: { taxonomy: string; learned: string; catalogue: string }): RoutingVersions {
  return { taxonomy: Number(row.taxonomy), learned: Number(row.learned), catalogue: row.catalogue };
}

/** One primary-key lookup per counter and two aggregates over small tables: a fraction of a millisecond. */
export async function readVersions(em: EntityManager): Promise<RoutingVersions> {
  const [row] = await em.execute<{ taxonomy: string; learned: string; catalogue: string }[]>(VERSIONS_SQL, VERSIONS_PARAMS);
  return versionsFrom(row);
}
