import { readFileSync } from 'node:fs';
import path from 'node:path';
import unitsData from '../../src/db/seeders/data/units.json';
import { DEPARTMENT_ID_PATTERN, isObject } from './contract';
import { GRID_STAGES, isGridStage, type GridStage } from './grid.port';
import defaultMappingFile from './mapping.default.json';

/**
 * The order states the mapping file's `stages` section names: the vocabulary of the file, which
 * the adapter and the simulator read without loading the platform. A compile-time check in
 * src/modules/grid-sync/grid-mapping.ts keeps this list equal to the platform's order states.
 */
export const ORDER_STATUSES = ['ISSUED', 'SIGNED', 'ON_SCENE', 'HANDLING', 'COMPLETED', 'DISPUTED', 'CANCELLED'] as const;
export type OrderStatusName = (typeof ORDER_STATUSES)[number];

/** The 24 member unit codes of the seeded catalogue. */
export const SEEDED_UNIT_CODES: readonly string[] = unitsData.units.map((unit) => unit.code);

export const GRID_MAPPING_ENV = 'GRID_MAPPING_FILE';
export const DEFAULT_MAPPING_SOURCE = 'integrations/grid/mapping.default.json';

export type GridMappingProblemCode =
  | 'UNREADABLE'
  | 'INVALID_SHAPE'
  | 'UNKNOWN_STATUS'
  | 'MISSING_STATUS'
  | 'UNKNOWN_STAGE'
  | 'UNKNOWN_UNIT'
  | 'MISSING_UNIT'
  | 'INVALID_DEPARTMENT'
  | 'DUPLICATE_DEPARTMENT'
  | 'UNMAPPED_UNIT';

export interface GridMappingProblem {
  code: GridMappingProblemCode;
  /** JSON path in the mapping file, e.g. `departments.polce`. */
  path: string;
  message: string;
}

/** Lists every problem at once, so one edit of the file can fix them all. */
export class GridMappingError extends Error {
  constructor(
    readonly source: string,
    readonly problems: GridMappingProblem[],
  ) {
    super(`grid mapping ${source}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'GridMappingError';
  }
}

export interface GridMapping {
  readonly source: string;
  stageFor(status: OrderStatusName): GridStage;
  /** Every order state shown as this stage; reconciliation compares a task's stage against it. */
  statusesAt(stage: GridStage): OrderStatusName[];
  /** Throws GridMappingError (UNKNOWN_UNIT or UNMAPPED_UNIT) when the unit has no department. */
  departmentFor(unitCode: string): string;
  unitFor(departmentId: string): string | undefined;
  /** Unit code to department id, for every unit on the grid platform. */
  departments(): ReadonlyMap<string, string>;
}

/**
 * The file format. A department id of `null` says the unit is deliberately not on the grid
 * platform (orders to it go by phone); leaving a unit out is an error, so a unit added to the
 * catalogue is never silently unreachable.
 */
export interface GridMappingFile {
  $comment?: string;
  stages: Record<OrderStatusName, GridStage>;
  departments: Record<string, string | null>;
}

export function parseGridMapping(
  raw: unknown,
  options: { unitCodes?: readonly string[]; source?: string } = {},
): GridMapping {
  const source = options.source ?? 'mapping';
  const unitCodes = options.unitCodes ?? SEEDED_UNIT_CODES;
  const problems: GridMappingProblem[] = [];
  const problem = (code: GridMappingProblemCode, at: string, message: string) => problems.push({ code, path: at, message });

  if (!isObject(raw)) {
    throw new GridMappingError(source, [{ code: 'INVALID_SHAPE', path: '$', message: 'expected an object with "stages" and "departments"' }]);
  }
  for (const key of Object.keys(raw)) {
    if (!['$comment', 'stages', 'departments'].includes(key)) {
      problem('INVALID_SHAPE', key, 'unknown key; expected "stages" and "departments"');
    }
  }

  const stages = new Map<OrderStatusName, GridStage>();
  if (!isObject(raw.stages)) {
    problem('INVALID_SHAPE', 'stages', 'expected an object mapping each order state to a grid stage');
  } else {
    for (const [status, stage] of Object.entries(raw.stages)) {
      if (!(ORDER_STATUSES as readonly string[]).includes(status)) {
        problem('UNKNOWN_STATUS', `stages.${status}`, `unknown order state "${status}"; order states are ${ORDER_STATUSES.join(', ')}`);
      } else if (!isGridStage(stage)) {
        problem('UNKNOWN_STAGE', `stages.${status}`, `unknown grid stage ${JSON.stringify(stage)}; stages are ${GRID_STAGES.join(', ')}`);
      } else {
        stages.set(status as OrderStatusName, stage);
      }
    }
    for (const status of ORDER_STATUSES) {
      if (!(status in raw.stages)) problem('MISSING_STATUS', `stages.${status}`, `order state ${status} has no grid stage`);
    }
  }

  const departments = new Map<string, string>();
  const unitsByDepartment = new Map<string, string>();
  const mentioned = new Set<string>();
  if (!isObject(raw.departments)) {
    problem('INVALID_SHAPE', 'departments', 'expected an object mapping each member unit code to a department id (or null)');
  } else {
    for (const [unitCode, departmentId] of Object.entries(raw.departments)) {
      const at = `departments.${unitCode}`;
      mentioned.add(unitCode);
      if (!unitCodes.includes(unitCode)) {
        const near = closest(unitCode, unitCodes);
        problem('UNKNOWN_UNIT', at, `unknown unit code "${unitCode}"${near ? `; did you mean "${near}"?` : ''}`);
      } else if (departmentId === null) {
        continue;
      } else if (typeof departmentId !== 'string' || !DEPARTMENT_ID_PATTERN.test(departmentId)) {
        problem('INVALID_DEPARTMENT', at, `department id ${JSON.stringify(departmentId)} must be 1-64 letters, digits or . _ : / -, or null`);
      } else if (unitsByDepartment.has(departmentId)) {
        problem('DUPLICATE_DEPARTMENT', at, `department id "${departmentId}" is already used by "${unitsByDepartment.get(departmentId)}"; feedback from it could not be told apart`);
      } else {
        departments.set(unitCode, departmentId);
        unitsByDepartment.set(departmentId, unitCode);
      }
    }
    for (const unitCode of unitCodes) {
      if (!mentioned.has(unitCode)) {
        problem('MISSING_UNIT', `departments.${unitCode}`, `unit "${unitCode}" has no department id; give one, or null if it is not on the grid platform`);
      }
    }
  }

  if (problems.length > 0) throw new GridMappingError(source, problems);

  return {
    source,
    stageFor(status) {
      const stage = stages.get(status);
      if (!stage) throw new GridMappingError(source, [{ code: 'UNKNOWN_STATUS', path: `stages.${status}`, message: `unknown order state "${status}"` }]);
      return stage;
    },
    statusesAt(stage) {
      return ORDER_STATUSES.filter((status) => stages.get(status) === stage);
    },
    departmentFor(unitCode) {
      const departmentId = departments.get(unitCode);
      if (departmentId !== undefined) return departmentId;
      if (unitCodes.includes(unitCode)) {
        throw new GridMappingError(source, [
          { code: 'UNMAPPED_UNIT', path: `departments.${unitCode}`, message: `unit "${unitCode}" is not on the grid platform (null in the mapping); send its orders by phone` },
        ]);
      }
      throw new GridMappingError(source, [{ code: 'UNKNOWN_UNIT', path: `departments.${unitCode}`, message: `unknown unit code "${unitCode}"` }]);
    },
    unitFor(departmentId) {
      return unitsByDepartment.get(departmentId);
    },
    departments() {
      return departments;
    },
  };
}

/**
 * The mapping from `file`, else from the file named by GRID_MAPPING_FILE (relative to the working
 * directory), else the default. Call it once at start-up so a bad file stops the process.
 */
export function loadGridMapping(
  options: { file?: string; env?: NodeJS.ProcessEnv; cwd?: string; unitCodes?: readonly string[] } = {},
): GridMapping {
  const file = options.file ?? (options.env ?? process.env)[GRID_MAPPING_ENV];
  if (!file) return parseGridMapping(defaultMappingFile, { unitCodes: options.unitCodes, source: DEFAULT_MAPPING_SOURCE });
  const resolved = path.resolve(options.cwd ?? process.cwd(), file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolved, 'utf8'));
  } catch (error) {
    throw new GridMappingError(resolved, [{ code: 'UNREADABLE', path: '$', message: `cannot read it as JSON: ${(error as Error).message}` }]);
  }
  return parseGridMapping(raw, { unitCodes: options.unitCodes, source: resolved });
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
