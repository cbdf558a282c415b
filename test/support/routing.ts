import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../src/common/paths';
import { RoutingEngine, type CatalogueUnit, type Category, type LabelledCall } from '../../src/modules/routing/engine';

/**
 * The routing engine's data as files, for the engine tests and the routing benches: the unit
 * catalogue (the seeders' copy of the notice's attachment 2, the same file as
 * ../shared/reference/units.json; ROUTING_UNITS_JSON names another file when this one is
 * missing), the seed taxonomy and the labelled calls.
 */
export const UNITS_JSON_PATH = 'src/db/seeders/data/units.json';
export const UNITS_JSON_ENV = 'ROUTING_UNITS_JSON';
export const TAXONOMY_PATH = 'src/modules/routing/taxonomy.seed.json';
export const LABELLED_CALLS_PATH = 'test/routing/calls.labelled.json';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadCatalogue(root: string = repoRoot()): CatalogueUnit[] {
  const candidates = [resolve(root, UNITS_JSON_PATH), process.env[UNITS_JSON_ENV]].filter(
    (path): path is string => typeof path === 'string' && path !== '',
  );
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    throw new Error(`Unit catalogue not found at ${candidates.join(' or ')}; set ${UNITS_JSON_ENV} to units.json`);
  }
  const data = readJson(path) as CatalogueUnit[] | { units: CatalogueUnit[] };
  return Array.isArray(data) ? data : data.units;
}

export function loadTaxonomy(root: string = repoRoot()): Category[] {
  return (readJson(join(root, TAXONOMY_PATH)) as { categories: Category[] }).categories;
}

export function loadLabelledCalls(root: string = repoRoot()): LabelledCall[] {
  return readJson(join(root, LABELLED_CALLS_PATH)) as LabelledCall[];
}

export function buildEngine(root: string = repoRoot()): RoutingEngine {
  return new RoutingEngine({ units: loadCatalogue(root), categories: loadTaxonomy(root) });
}
