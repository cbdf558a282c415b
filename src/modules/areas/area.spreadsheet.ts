import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AreaFileFormat, AreaKind } from './area.enums';

/** The list's columns, headed in Chinese with the English name; a header may carry either. */
export const AREA_COLUMNS = [
  { key: 'code', header: '区域代码 code', words: ['区域代码', 'code'], required: true },
  { key: 'name', header: '名称 name', words: ['名称', 'name'], required: true },
  { key: 'nameEn', header: '英文名 English name', words: ['英文名', 'english name', 'name_en', 'nameen'], required: false },
  { key: 'kind', header: '级别 level', words: ['级别', 'level', 'kind'], required: true },
  { key: 'parentCode', header: '上级代码 parent code', words: ['上级代码', 'parent code', 'parent_code', 'parentcode', 'parent'], required: false },
  { key: 'boundary', header: '边界 boundary (GeoJSON)', words: ['边界', 'boundary', 'geojson'], required: false },
] as const;

export type AreaColumnKey = (typeof AREA_COLUMNS)[number]['key'];

/** Level words as county offices write them, and the enum values themselves. */
export const LEVEL_WORDS: Record<string, AreaKind> = {
  县: AreaKind.COUNTY,
  镇: AreaKind.TOWN,
  乡: AreaKind.XIANG,
  村: AreaKind.VILLAGE,
  社区: AreaKind.COMMUNITY,
  网格: AreaKind.GRID_CELL,
  ...Object.fromEntries(Object.values(AreaKind).map((kind) => [kind, kind])),
};

/** One bad cell: the row number as the spreadsheet shows it (header is row 1), the column, and why. */
export interface AreaRowProblem {
  row: number;
  column: string;
  reason: string;
}

export interface AreaSheetRow {
  row: number;
  cells: Record<AreaColumnKey, string>;
}

export const MAX_AREA_ROWS = 5_000;

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return String(value).trim();
}

async function firstSheet(format: AreaFileFormat, content: Buffer): Promise<ExcelJS.Worksheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  if (format === AreaFileFormat.XLSX) {
    await workbook.xlsx.load(content as never);
    return workbook.worksheets[0];
  }
  // Excel saves CSV with a byte-order mark; every cell stays text, so code 0101 keeps its zero.
  const body = content.toString('utf8').replace(/^\uFEFF/, '');
  return workbook.csv.read(Readable.from([body]), { map: (value: unknown) => value });
}

/**
 * The rows of an area list, each cell as trimmed text under its column's key, or the problems
 * that stop the file being read at all (not a workbook, no header, a required column missing).
 */
export async function readAreaSheet(
  format: AreaFileFormat,
  content: Buffer,
): Promise<{ rows: AreaSheetRow[]; problems: AreaRowProblem[] }> {
  const fail = (reason: string) => ({ rows: [], problems: [{ row: 0, column: '-', reason }] });
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    sheet = await firstSheet(format, content);
  } catch {
    return fail(format === AreaFileFormat.XLSX ? '文件不是XLSX表格 the file is not an XLSX workbook' : '文件不是CSV文本 the file is not CSV text');
  }
  if (!sheet || sheet.rowCount < 1) return fail('表格没有表头 the file has no header row');
  if (sheet.rowCount - 1 > MAX_AREA_ROWS) return fail(`行数超过${MAX_AREA_ROWS} more than ${MAX_AREA_ROWS} rows; split the file`);

  const header = sheet.getRow(1);
  const position = new Map<AreaColumnKey, number>();
  header.eachCell((cell, index) => {
    const title = text(cell.value).toLowerCase();
    // The most specific match wins: "上级代码 parent code" is the parent, not the code.
    const column = [...AREA_COLUMNS]
      .reverse()
      .find((c) => c.words.some((word) => title === word || title.startsWith(`${word} `) || title.includes(word)));
    if (column && !position.has(column.key)) position.set(column.key, index);
  });
  const missing = AREA_COLUMNS.filter((c) => c.required && !position.has(c.key));
  if (missing.length) {
    return {
      rows: [],
      problems: missing.map((c) => ({ row: 1, column: c.header, reason: `缺少"${c.header}"列 the header row has no "${c.header}" column` })),
    };
  }
  const rows: AreaSheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const cells = Object.fromEntries(
      AREA_COLUMNS.map((c) => [c.key, position.has(c.key) ? text(line.getCell(position.get(c.key)!).value) : '']),
    ) as Record<AreaColumnKey, string>;
    if (Object.values(cells).every((v) => v === '')) continue;
    rows.push({ row: r, cells });
  }
  if (rows.length === 0) return fail('表格没有数据行 the file has no rows below the header');
  return { rows, problems: [] };
}
