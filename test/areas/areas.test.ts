import ExcelJS from 'exceljs';
import {
  AreasUnderDocument,
  ImportAreasDocument,
  ReportPlacedIncidentDocument,
  UpsertAreaDocument,
  type UpsertAreaMutationVariables,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
const admin = () => ({ token: app.token('admin') });
const desk = () => ({ token: app.token('dispatcher') });

/** A closed ring from corner points, longitude first. */
function polygon(...corners: [number, number][]) {
  return { type: 'Polygon', coordinates: [[...corners, corners[0]]] };
}
const square = (w: number, s: number, e: number, n: number) => polygon([w, s], [e, s], [e, n], [w, n]);
// An L-shaped cell: its bounding box also covers the north-east quarter, which belongs to the next cell.
const L_CELL = polygon([103.0, 31.0], [103.2, 31.0], [103.2, 31.1], [103.1, 31.1], [103.1, 31.2], [103.0, 31.2]);
const NE_CELL = square(103.1, 31.1, 103.2, 31.2);

async function areaCount(): Promise<number> {
  const [row] = await app.em().getConnection().execute<{ n: string }[]>('select count(*) n from area');
  return Number(row.n);
}

async function upsert(input: UpsertAreaMutationVariables['input']) {
  return app.gql(UpsertAreaDocument, { input }, admin());
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('upsertArea', () => {
  it('adds a village and its grid cells under a township, and changes them by code', async () => {
    const village = await upsert({ code: 'sm-cun', name: '上孟村', nameEn: 'Shangmeng Village', kind: 'VILLAGE', parentCode: 'shangmeng', boundary: square(103.0, 31.0, 103.2, 31.2) });
    expect(village.errors).toBeUndefined();
    expect(village.data!.upsertArea).toMatchObject({ code: 'sm-cun', name: '上孟村', nameEn: 'Shangmeng Village', kind: 'VILLAGE', source: 'ADMIN', parent: { code: 'shangmeng' } });
    expect(village.data!.upsertArea.boundary).toEqual(square(103.0, 31.0, 103.2, 31.2));

    for (const [code, boundary] of [['sm-wg-01', L_CELL], ['sm-wg-02', NE_CELL]] as const) {
      const cell = await upsert({ code, name: `上孟村网格${code.slice(-2)}`, kind: 'GRID_CELL', parentCode: 'sm-cun', boundary });
      expect(cell.errors).toBeUndefined();
    }
    const renamed = await upsert({ code: 'sm-wg-02', name: '上孟村二组网格', kind: 'GRID_CELL', parentCode: 'sm-cun' });
    expect(renamed.data!.upsertArea).toMatchObject({ name: '上孟村二组网格', boundary: NE_CELL });

    const cells = await app.gql(AreasUnderDocument, { parentCode: 'sm-cun' }, desk());
    expect(cells.data!.areas.map((a) => [a.code, a.name, a.kind])).toEqual([
      ['sm-wg-01', '上孟村网格01', 'GRID_CELL'],
      ['sm-wg-02', '上孟村二组网格', 'GRID_CELL'],
    ]);
  });

  it.each([
    ['an unknown parent', { code: 'x-1', name: '某村', kind: 'VILLAGE', parentCode: 'nowhere' }, 'parentCode', /no area has the code "nowhere"/],
    ['a grid cell straight under the county', { code: 'x-2', name: '某网格', kind: 'GRID_CELL', parentCode: 'lixian' }, 'parentCode', /belongs to a VILLAGE or COMMUNITY or TOWN or XIANG, not to the COUNTY/],
    ['a village without a parent', { code: 'x-3', name: '某村', kind: 'VILLAGE' }, 'parentCode', /needs the code of the area it belongs to/],
    ['a second county', { code: 'x-4', name: '某县', kind: 'COUNTY' }, 'kind', /county comes from the notice/],
    ['a code with spaces', { code: 'x 5', name: '某村', kind: 'VILLAGE', parentCode: 'muka' }, 'code', /letters, digits/],
    ['a point as boundary', { code: 'x-6', name: '某村', kind: 'VILLAGE', parentCode: 'muka', boundary: { type: 'Point', coordinates: [103, 31] } }, 'boundary', /Polygon or MultiPolygon \(got "Point"\)/],
    ['a ring left open', { code: 'x-7', name: '某村', kind: 'VILLAGE', parentCode: 'muka', boundary: { type: 'Polygon', coordinates: [[[103, 31], [104, 31], [104, 32], [103, 32]]] } }, 'boundary', /not closed/],
    ['latitude first', { code: 'x-8', name: '某村', kind: 'VILLAGE', parentCode: 'muka', boundary: square(31.0, 103.0, 31.2, 103.2) }, 'boundary', /outside longitude -180..180, latitude -90..90/],
    ['a township turned grid cell under its own village', { code: 'shangmeng', name: '上孟乡', kind: 'GRID_CELL', parentCode: 'sm-cun' }, 'kind', /areas below it \(VILLAGE\) cannot belong to a GRID_CELL/],
  ] as const)('refuses %s as BAD_USER_INPUT naming the field, and saves nothing', async (_case, input, field, message) => {
    const before = await areaCount();
    const res = await upsert(input as UpsertAreaMutationVariables['input']);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message).toMatch(/Nothing was saved/);
    expect(await areaCount()).toBe(before);
    const township = await app.gql(AreasUnderDocument, { parentCode: 'lixian', kind: 'XIANG' }, desk());
    expect(township.data!.areas.find((a) => a.code === 'shangmeng')).toMatchObject({ kind: 'XIANG', name: '上孟乡' });
  });

  it('is for administrators only', async () => {
    const res = await app.gql(UpsertAreaDocument, { input: { code: 'x-9', name: '某村', kind: 'VILLAGE', parentCode: 'muka' } }, desk());
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

const HEADER = ['区域代码 code', '名称 name', '英文名 English name', '级别 level', '上级代码 parent code', '边界 boundary (GeoJSON)'];

function csv(rows: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('区域');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('importAreas', () => {
  it('imports a CSV list whose rows name parents further down, zero-led codes kept as text', async () => {
    const content = csv([
      ['0101', '木卡村一组网格', '', '网格', 'mk-cun', JSON.stringify(square(103.5, 31.5, 103.6, 31.6))],
      ['mk-cun', '木卡村', 'Muka Village', '村', 'muka', ''],
      ['mk-sq', '木卡社区', '', 'COMMUNITY', 'muka', ''],
    ]);
    const res = await app.gql(ImportAreasDocument, { input: { format: 'CSV', contentBase64: Buffer.from(content).toString('base64') } }, admin());
    expect(res.errors).toBeUndefined();
    expect(res.data!.importAreas.map((a) => [a.code, a.kind, a.parent?.code])).toEqual([
      ['mk-cun', 'VILLAGE', 'muka'],
      ['mk-sq', 'COMMUNITY', 'muka'],
      ['0101', 'GRID_CELL', 'mk-cun'],
    ]);
    const cell = await app.gql(AreasUnderDocument, { parentCode: 'mk-cun' }, desk());
    expect(cell.data!.areas).toEqual([expect.objectContaining({ code: '0101', name: '木卡村一组网格', boundary: square(103.5, 31.5, 103.6, 31.6) })]);
  });

  it('imports an XLSX list and changes areas it names again', async () => {
    const content = await xlsx([
      ['mk-cun', '木卡村', 'Muka', 'VILLAGE', 'muka', ''],
      ['gb-cun', '甘堡村', '', '村', 'ganbao', ''],
    ]);
    const res = await app.gql(ImportAreasDocument, { input: { format: 'XLSX', contentBase64: content } }, admin());
    expect(res.errors).toBeUndefined();
    const villages = await app.gql(AreasUnderDocument, { kind: 'VILLAGE' }, desk());
    expect(villages.data!.areas.filter((a) => a.code.endsWith('-cun')).map((a) => [a.code, a.nameEn])).toEqual(
      expect.arrayContaining([['mk-cun', 'Muka'], ['gb-cun', null]]),
    );
  });

  it('reports every bad row with its column and reason, and writes none of the good ones', async () => {
    const before = await areaCount();
    const content = await xlsx([
      ['pt-cun', '朴头村', '', '村', 'putou', ''],
      ['pt-wg-1', '朴头网格', '', '小组', 'pt-cun', ''],
      ['pt-wg-2', '', '', '网格', 'pt-cun', ''],
      ['pt-wg-3', '朴头网格3', '', '网格', 'nowhere', ''],
      ['pt-wg-4', '朴头网格4', '', '网格', 'pt-cun', '{"type":"Polygon"'],
      ['pt-cun', '朴头村重复', '', '村', 'putou', ''],
    ]);
    const res = await app.gql(ImportAreasDocument, { input: { format: 'XLSX', contentBase64: content } }, admin());
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/nothing was imported/);
    const problems = res.errors![0].extensions!.problems as { row: number; column: string; reason: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, '级别 level'],
      [4, '名称 name'],
      [5, '上级代码 parent code'],
      [6, '边界 boundary (GeoJSON)'],
      [7, '区域代码 code'],
    ]);
    expect(problems[0].reason).toMatch(/级别"小组"不存在 unknown level "小组"/);
    expect(problems[4].reason).toMatch(/also on row 2/);
    expect(await areaCount()).toBe(before);
  });

  it('refuses a file that is not what its format says, or lacks a required column', async () => {
    const notXlsx = await app.gql(ImportAreasDocument, { input: { format: 'XLSX', contentBase64: Buffer.from('code,name\n').toString('base64') } }, admin());
    expect(notXlsx.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ row: 0, column: '-', reason: expect.stringMatching(/not an XLSX workbook/) }] });
    const noLevel = await app.gql(ImportAreasDocument, { input: { format: 'CSV', contentBase64: Buffer.from('区域代码 code,名称 name\na,b\n').toString('base64') } }, admin());
    expect(noLevel.errors?.[0].extensions?.problems).toEqual([{ row: 1, column: '级别 level', reason: expect.stringMatching(/no "级别 level" column/) }]);
  });
});

describe('placing a reported incident', () => {
  async function report(place: { areaCode?: string; latitude: number; longitude: number }) {
    const res = await app.gql(
      ReportPlacedIncidentDocument,
      { input: { description: '路边有人摔倒', intakeChannel: 'CALL_110', place } },
      desk(),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.reportIncident.area;
  }

  it('puts coordinates into the grid cell whose outline holds them, not the one whose box does', async () => {
    expect(await report({ latitude: 31.05, longitude: 103.05 })).toEqual({ code: 'sm-wg-01', kind: 'GRID_CELL' });
    // Inside the L-shaped cell's bounding box, outside its outline.
    expect(await report({ latitude: 31.15, longitude: 103.15 })).toEqual({ code: 'sm-wg-02', kind: 'GRID_CELL' });
  });

  it('narrows the desk\'s township to the cell, but keeps an area the point is not in', async () => {
    expect(await report({ areaCode: 'shangmeng', latitude: 31.15, longitude: 103.15 })).toEqual({ code: 'sm-wg-02', kind: 'GRID_CELL' });
    expect(await report({ areaCode: 'zagunao', latitude: 31.15, longitude: 103.15 })).toEqual({ code: 'zagunao', kind: 'TOWN' });
    expect(await report({ areaCode: 'shangmeng', latitude: 30.5, longitude: 102.5 })).toEqual({ code: 'shangmeng', kind: 'XIANG' });
    expect(await report({ latitude: 30.5, longitude: 102.5 })).toBeNull();
  });

  it('falls back to the village when its cells have no boundary yet', async () => {
    await upsert({ code: 'sm-wg-02', name: '上孟村二组网格', kind: 'GRID_CELL', parentCode: 'sm-cun', boundary: null });
    expect(await report({ latitude: 31.15, longitude: 103.15 })).toEqual({ code: 'sm-cun', kind: 'VILLAGE' });
  });
});
