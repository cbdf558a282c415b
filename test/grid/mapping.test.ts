import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  GRID_FEEDBACK_KINDS,
  GRID_STAGES,
  GridMappingError,
  loadGridMapping,
  ORDER_STATUSES,
  parseGridMapping,
  SEEDED_UNIT_CODES,
  type GridMappingProblemCode,
} from '../../integrations/grid';
import defaultFile from '../../integrations/grid/mapping.default.json';
import { GRID_FEEDBACK_ACTIONS } from '../../src/modules/grid-sync/grid-sync.mapping';
import { OrderStatus } from '../../src/modules/orders/order.enums';
import { ORDER_TRANSITIONS } from '../../src/modules/orders/order.transitions';

function problems(run: () => unknown): { code: GridMappingProblemCode; path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GridMappingError);
    return (error as GridMappingError).problems;
  }
  throw new Error('expected a GridMappingError');
}

function withDepartments(departments: Record<string, string | null>) {
  return { ...defaultFile, departments: { ...defaultFile.departments, ...departments } };
}

describe('grid mapping', () => {
  it('knows every order state of the domain and the 24 member units of the catalogue', () => {
    expect([...ORDER_STATUSES].sort()).toEqual(Object.values(OrderStatus).sort());
    expect(SEEDED_UNIT_CODES).toHaveLength(24);
  });

  it('by default maps every order state to a stage and every unit to its own department', () => {
    const mapping = loadGridMapping({ env: {} });
    expect(mapping.source).toBe('integrations/grid/mapping.default.json');
    expect(Object.fromEntries(ORDER_STATUSES.map((status) => [status, mapping.stageFor(status)]))).toEqual({
      ISSUED: 'DISPATCHED',
      SIGNED: 'DISPATCHED',
      ON_SCENE: 'HANDLING',
      HANDLING: 'HANDLING',
      COMPLETED: 'CLOSED',
      DISPUTED: 'REGISTERED',
      CANCELLED: 'CLOSED',
    });
    expect(mapping.statusesAt('HANDLING')).toEqual(['ON_SCENE', 'HANDLING']);
    expect(mapping.statusesAt('VERIFYING')).toEqual([]);
    expect([...mapping.departments().keys()].sort()).toEqual([...SEEDED_UNIT_CODES].sort());
    expect(new Set(mapping.departments().values()).size).toBe(24);
    expect(mapping.departmentFor('city-management')).toBe('dept-city-management');
    expect(mapping.unitFor('dept-telecom')).toBe('telecom');
    expect(mapping.unitFor('dept-nowhere')).toBeUndefined();
  });

  it('loads GRID_MAPPING_FILE relative to the working directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grid-mapping-'));
    try {
      const county = { ...withDepartments({ police: null, power: 'GD-0301' }), stages: { ...defaultFile.stages, COMPLETED: 'VERIFYING' } };
      writeFileSync(path.join(dir, 'county.json'), JSON.stringify(county));
      const mapping = loadGridMapping({ env: { GRID_MAPPING_FILE: 'county.json' }, cwd: dir });
      expect(mapping.source).toBe(path.join(dir, 'county.json'));
      expect(mapping.stageFor('COMPLETED')).toBe('VERIFYING');
      expect(mapping.departmentFor('power')).toBe('GD-0301');
      expect(problems(() => mapping.departmentFor('police'))).toEqual([expect.objectContaining({ code: 'UNMAPPED_UNIT', path: 'departments.police' })]);
      expect(problems(() => mapping.departmentFor('fire-brigade'))).toEqual([expect.objectContaining({ code: 'UNKNOWN_UNIT' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an unknown unit code and suggests the one meant', () => {
    const found = problems(() => parseGridMapping(withDepartments({ 'city-managment': 'dept-x' })));
    expect(found).toEqual([
      { code: 'UNKNOWN_UNIT', path: 'departments.city-managment', message: 'unknown unit code "city-managment"; did you mean "city-management"?' },
    ]);
  });

  it('names a unit left out, so a new unit is never silently unreachable', () => {
    const { tobacco: _tobacco, ...departments } = defaultFile.departments;
    expect(problems(() => parseGridMapping({ ...defaultFile, departments }))).toEqual([
      expect.objectContaining({ code: 'MISSING_UNIT', path: 'departments.tobacco', message: expect.stringContaining('or null') }),
    ]);
    expect(problems(() => parseGridMapping(defaultFile, { unitCodes: [...SEEDED_UNIT_CODES, 'fire-brigade'] }))).toEqual([
      expect.objectContaining({ code: 'MISSING_UNIT', path: 'departments.fire-brigade' }),
    ]);
  });

  it('names an unknown stage and lists the stages', () => {
    const found = problems(() => parseGridMapping({ ...defaultFile, stages: { ...defaultFile.stages, SIGNED: '派遣' } }));
    expect(found).toEqual([{ code: 'UNKNOWN_STAGE', path: 'stages.SIGNED', message: `unknown grid stage "派遣"; stages are ${GRID_STAGES.join(', ')}` }]);
  });

  it('names an unknown or missing order state', () => {
    const { DISPUTED: _disputed, ...stages } = defaultFile.stages;
    const found = problems(() => parseGridMapping({ ...defaultFile, stages: { ...stages, REOPENED: 'DISPATCHED' } }));
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_STATUS', 'stages.REOPENED'],
      ['MISSING_STATUS', 'stages.DISPUTED'],
    ]);
  });

  it('refuses two units on one department, and department ids that are not ids', () => {
    const found = problems(() => parseGridMapping(withDepartments({ mobile: 'dept-telecom', unicom: '', bank: 'has space' })));
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ['INVALID_DEPARTMENT', 'departments.bank'],
      ['DUPLICATE_DEPARTMENT', 'departments.mobile'],
      ['INVALID_DEPARTMENT', 'departments.unicom'],
    ]);
  });

  it('reports every problem of a file at once', () => {
    const found = problems(() => parseGridMapping({ stages: { ISSUED: 'SENT' }, departments: { polis: 'd1' }, extra: true }));
    expect(new Set(found.map((p) => p.code))).toEqual(new Set(['INVALID_SHAPE', 'UNKNOWN_STAGE', 'MISSING_STATUS', 'UNKNOWN_UNIT', 'MISSING_UNIT']));
    expect(() => parseGridMapping([])).toThrow(/expected an object/);
  });

  it('says which file could not be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grid-mapping-'));
    try {
      writeFileSync(path.join(dir, 'broken.json'), '{ "stages": ');
      expect(() => loadGridMapping({ file: path.join(dir, 'broken.json') })).toThrow(new RegExp(`grid mapping ${path.join(dir, 'broken.json')}: \\$: cannot read it as JSON`));
      expect(problems(() => loadGridMapping({ file: path.join(dir, 'missing.json') }))).toEqual([expect.objectContaining({ code: 'UNREADABLE' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every grid feedback kind an order action, leading to the state the grid worker reports', () => {
    expect(Object.keys(GRID_FEEDBACK_ACTIONS).sort()).toEqual([...GRID_FEEDBACK_KINDS].sort());
    const reaches = (kind: keyof typeof GRID_FEEDBACK_ACTIONS) => ORDER_TRANSITIONS[GRID_FEEDBACK_ACTIONS[kind].action].to;
    expect({
      SIGNED: reaches('SIGNED'),
      ARRIVED: reaches('ARRIVED'),
      PROGRESS: reaches('PROGRESS'),
      RESULT: reaches('RESULT'),
      RETURNED: reaches('RETURNED'),
    }).toEqual({ SIGNED: 'SIGNED', ARRIVED: 'ON_SCENE', PROGRESS: 'HANDLING', RESULT: 'COMPLETED', RETURNED: 'DISPUTED' });
    expect(GRID_FEEDBACK_ACTIONS.ATTACHMENT).toEqual({ action: 'feedback', feedbackKind: 'PROGRESS' });
  });
});
