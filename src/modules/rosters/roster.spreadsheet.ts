import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { BadInputError } from '../../common/errors';
import { normalisePhone, phoneProblem } from '../../common/phone';
import type { Actor } from '../history/history.actor';
import { Unit } from '../units/unit.entity';
import type { Shift } from './roster.engine';
import { RosterChange, RosterShift, RosterTemporary } from './roster.entity';
import { RosterChangeKind, RosterDuty } from './roster.enums';
import { rosterSettings } from './roster.settings';
import { localFields, zoned } from './roster.time';

/** The template's columns, headed in Chinese with the English name, as unit offices keep them. */
export const COLUMNS = [
  { key: 'unitCode', header: '单位代码 unit code', width: 20 },
  { key: 'post', header: '岗位 post', width: 14 },
  { key: 'personName', header: '值班人 person', width: 12 },
  { key: 'phone', header: '电话 phone', width: 16 },
  { key: 'startsAt', header: '开始时间 start', width: 18 },
  { key: 'endsAt', header: '结束时间 end', width: 18 },
  { key: 'note', header: '备注 note', width: 24 },
] as const;

const POST_WORDS: Record<string, RosterDuty> = {
  带班领导: RosterDuty.LEADER_ON_CALL,
  联络员: RosterDuty.LIAISON,
  值班员: RosterDuty.DUTY_OFFICER,
  抢险队: RosterDuty.RESCUE_TEAM,
  ...Object.fromEntries(Object.values(RosterDuty).map((p) => [p, p])),
};
const WORD_OF_POST = Object.fromEntries(Object.entries(POST_WORDS).filter(([w]) => !/^[A-Z_]+$/.test(w)).map(([w, p]) => [p, w])) as Record<RosterDuty, string>;

/** One bad cell of an import: the row number as the spreadsheet shows it, the column, and why. */
export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ParsedRow {
  row: number;
  unitCode: string;
  post: RosterDuty;
  personName: string;
  phone: string;
  startsAt: Date;
  endsAt: Date;
  note?: string;
}

/** Largest import: ten thousand rows fit comfortably in one transaction; more is a mistake. */
export const MAX_IMPORT_ROWS = 20_000;
const INSERT_BATCH = 1000;

/**
 * Excel keeps wall-clock time without a zone; exceljs hands it over as a Date whose UTC fields
 * are the wall clock. Read in the roster zone, so "08:00" is 08:00 in Asia/Shanghai.
 */
function cellTime(value: ExcelJS.CellValue, timeZone: string): Date | undefined {
  if (value instanceof Date) {
    return zoned({ y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() }, value.getUTCHours() * 60 + value.getUTCMinutes(), timeZone);
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(value.trim());
    if (m) return zoned({ y: +m[1], m: +m[2], d: +m[3] }, +m[4] * 60 + +m[5], timeZone);
  }
  return undefined;
}

function wallClock(at: Date, timeZone: string): Date {
  const f = localFields(at, timeZone);
  return new Date(Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi));
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return String(value).trim();
}

/** An XLSX of shifts (the template when `shifts` is empty). */
export async function rosterWorkbook(unit: Pick<Unit, 'code'>, shifts: Shift[]): Promise<Buffer> {
  const { timeZone } = rosterSettings();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('值班表 roster');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  for (const s of shifts) {
    sheet.addRow({ unitCode: unit.code, post: WORD_OF_POST[s.post], personName: s.personName, phone: s.phone, startsAt: wallClock(s.startsAt, timeZone), endsAt: wallClock(s.endsAt, timeZone) });
  }
  for (const key of ['startsAt', 'endsAt']) sheet.getColumn(key).numFmt = 'yyyy-mm-dd hh:mm';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every row checked, every problem reported; rows come back only when there is none. */
export async function parseRosterWorkbook(
  content: Buffer,
  knownUnits: Map<string, Unit>,
  mayEdit: (unitCode: string) => boolean,
  onRow?: (done: number, total: number) => void,
): Promise<{ rows: ParsedRow[]; problems: RowProblem[] }> {
  const { timeZone } = rosterSettings();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as never);
  } catch {
    return { rows: [], problems: [{ row: 0, column: '-', reason: '文件不是XLSX表格 the file is not an XLSX workbook' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], problems: [{ row: 0, column: '-', reason: '表格没有工作表 the workbook has no sheet' }] };
  const total = Math.max(sheet.rowCount - 1, 0);
  if (total > MAX_IMPORT_ROWS) {
    return { rows: [], problems: [{ row: 0, column: '-', reason: `行数超过${MAX_IMPORT_ROWS} more than ${MAX_IMPORT_ROWS} rows; split the file` }] };
  }
  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  const bad = (row: number, column: number, reason: string) => problems.push({ row, column: COLUMNS[column].header, reason });
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = sheet.getRow(r);
    const values = COLUMNS.map((_, i) => cells.getCell(i + 1).value);
    if (values.every((v) => text(v) === '')) continue;
    const unitCode = text(values[0]);
    const before = problems.length;
    if (!knownUnits.has(unitCode)) bad(r, 0, `没有代码为"${unitCode}"的单位 no member unit has the code "${unitCode}"`);
    else if (!mayEdit(unitCode)) bad(r, 0, `无权编辑"${unitCode}"的排班 this account may not edit the roster of "${unitCode}"`);
    const post = POST_WORDS[text(values[1])];
    if (!post) bad(r, 1, `岗位"${text(values[1])}"不存在 unknown post "${text(values[1])}": use 抢险队, 值班员, 带班领导 or 联络员`);
    const personName = text(values[2]);
    if (!personName) bad(r, 2, '值班人不能为空 name the person on duty');
    const phone = normalisePhone(text(values[3]));
    const phoneIssue = phoneProblem(phone);
    if (phoneIssue) bad(r, 3, phone === '' ? `${personName || '值班人'}没有电话 the person has no phone` : phoneIssue);
    const startsAt = cellTime(values[4], timeZone);
    const endsAt = cellTime(values[5], timeZone);
    if (!startsAt) bad(r, 4, '开始时间不是日期时间 the start is not a date and time like 2026-10-01 08:00');
    if (!endsAt) bad(r, 5, '结束时间不是日期时间 the end is not a date and time like 2026-10-01 20:00');
    if (startsAt && endsAt && endsAt <= startsAt) bad(r, 5, '结束时间早于开始时间 the end is not after the start');
    if (problems.length === before) rows.push({ row: r, unitCode, post: post!, personName, phone, startsAt: startsAt!, endsAt: endsAt!, note: text(values[6]) || undefined });
    if (onRow && (r - 1) % 500 === 0) onRow(r - 1, total);
  }
  onRow?.(total, total);
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 0, column: '-', reason: '表格没有数据行 the sheet has no rows below the header' });
  return { rows, problems };
}

export interface ImportResult {
  rows: number;
  temporaries: number;
  units: string[];
}

/**
 * Imports a checked workbook in the caller's transaction: per unit and post, one temporary roster
 * spanning its rows replaces the temporary rosters it overlaps. The shifts are written in
 * multi-row inserts, so ten thousand rows are ten statements, not ten thousand.
 */
export async function importRosterWorkbook(
  tx: EntityManager,
  actor: Actor,
  content: Buffer,
  onProgress?: (phase: 'check' | 'write', done: number, total: number) => void,
): Promise<ImportResult> {
  const units = new Map((await tx.find(Unit, {})).map((u) => [u.code, u]));
  const mayEdit = (code: string) => actor.role !== 'unit_operator' || actor.unit === code;
  const { rows, problems } = await parseRosterWorkbook(content, units, mayEdit, (d, t) => onProgress?.('check', d, t));
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `第${p.row}行 row ${p.row}, ${p.column}: ${p.reason}`).join('; ');
    throw new BadInputError(`content: ${problems.length} 处错误 bad cells, nothing was imported. ${shown}${problems.length > 5 ? '; ...' : ''}`, {
      field: 'content',
      problems,
    });
  }
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const key = `${row.unitCode}\u0000${row.post}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const shiftRows: Record<string, unknown>[] = [];
  for (const group of groups.values()) {
    const unit = units.get(group[0].unitCode)!;
    const startsAt = new Date(Math.min(...group.map((r) => r.startsAt.getTime())));
    const endsAt = new Date(Math.max(...group.map((r) => r.endsAt.getTime())));
    const replaced = await tx.find(RosterTemporary, { unit, post: group[0].post, startsAt: { $lt: endsAt }, endsAt: { $gt: startsAt } });
    if (replaced.length) {
      await tx.nativeDelete(RosterShift, { temporary: { $in: replaced.map((t) => t.id) } });
      await tx.nativeDelete(RosterTemporary, { id: { $in: replaced.map((t) => t.id) } });
    }
    const temporary = tx.create(RosterTemporary, { unit, post: group[0].post, startsAt, endsAt, note: '表格导入 imported from a spreadsheet' });
    tx.persist(temporary);
    for (const r of group) {
      shiftRows.push({ id: randomUUID(), unit: unit.id, temporary: temporary.id, duty: r.post, personName: r.personName, phone: r.phone, startsAt: r.startsAt, endsAt: r.endsAt, note: r.note });
    }
    tx.persist(
      tx.create(RosterChange, {
        kind: RosterChangeKind.ROSTER_IMPORTED,
        unit,
        unitCode: unit.code,
        actorId: actor.id,
        actorName: actor.name,
        actorRole: actor.role,
        before: { replacedTemporaries: replaced.map((t) => ({ id: t.id, startsAt: t.startsAt.toISOString(), endsAt: t.endsAt.toISOString() })) },
        after: { post: group[0].post, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), shifts: group.length },
      }),
    );
  }
  await tx.flush();
  for (let i = 0; i < shiftRows.length; i += INSERT_BATCH) {
    await tx.insertMany(RosterShift, shiftRows.slice(i, i + INSERT_BATCH) as never);
    onProgress?.('write', Math.min(i + INSERT_BATCH, shiftRows.length), shiftRows.length);
  }
  return { rows: rows.length, temporaries: groups.size, units: [...new Set(rows.map((r) => r.unitCode))] };
}
