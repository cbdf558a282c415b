import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors';
import { boundaryContains, boundaryProblem, boundingBox, boxLiteral, cleanBoundary, type AreaBoundary } from './area.boundary';
import { Area } from './area.entity';
import { AreaKind } from './area.enums';
import type { ImportAreasInput, UpsertAreaInput } from './area.inputs';
import { AREA_COLUMNS, LEVEL_WORDS, readAreaSheet, type AreaColumnKey, type AreaRowProblem } from './area.spreadsheet';
import { RecordSource } from '../units/unit.enums';

const LEVEL_ORDER = Object.values(AreaKind);

/** Which levels an area of each level may belong to; the county is the root and is not added. */
export const PARENT_LEVELS: Readonly<Record<AreaKind, readonly AreaKind[]>> = {
  [AreaKind.COUNTY]: [],
  [AreaKind.TOWN]: [AreaKind.COUNTY],
  [AreaKind.XIANG]: [AreaKind.COUNTY],
  [AreaKind.VILLAGE]: [AreaKind.TOWN, AreaKind.XIANG],
  [AreaKind.COMMUNITY]: [AreaKind.TOWN, AreaKind.XIANG],
  [AreaKind.GRID_CELL]: [AreaKind.VILLAGE, AreaKind.COMMUNITY, AreaKind.TOWN, AreaKind.XIANG],
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** An area as an administrator describes it, from the mutation or one row of a list. */
export interface AreaDraft {
  code: string;
  name: string;
  nameEn?: string;
  kind: AreaKind;
  parentCode?: string;
  /** undefined: keep what is stored; null: remove it. */
  boundary?: unknown;
}

interface DraftProblem {
  field: keyof AreaDraft;
  reason: string;
}

/** The one set of rules for an area, for upsertArea and every row of an import alike. */
function draftProblems(draft: AreaDraft, parentKind: AreaKind | undefined, childKinds: AreaKind[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!CODE.test(draft.code)) {
    problems.push({ field: 'code', reason: `区域代码"${draft.code}"无效 the code must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit` });
  }
  if (draft.name.trim() === '') problems.push({ field: 'name', reason: '名称不能为空 the name is empty' });
  if (draft.kind === AreaKind.COUNTY) {
    problems.push({ field: 'kind', reason: '县由通知确定，不能新增或修改 the county comes from the notice and is not edited; add towns, villages, communities and grid cells under it' });
  } else if (!draft.parentCode) {
    problems.push({ field: 'parentCode', reason: `${draft.kind}须有上级区域 a ${draft.kind} needs the code of the area it belongs to` });
  } else if (draft.parentCode === draft.code) {
    problems.push({ field: 'parentCode', reason: '上级区域不能是自己 an area cannot belong to itself' });
  } else if (parentKind === undefined) {
    problems.push({ field: 'parentCode', reason: `没有代码为"${draft.parentCode}"的区域 no area has the code "${draft.parentCode}"` });
  } else if (!PARENT_LEVELS[draft.kind].includes(parentKind)) {
    problems.push({
      field: 'parentCode',
      reason: `${draft.kind}不能属于${parentKind} a ${draft.kind} belongs to a ${PARENT_LEVELS[draft.kind].join(' or ')}, not to the ${parentKind} "${draft.parentCode}"`,
    });
  }
  const stranded = [...new Set(childKinds.filter((child) => !PARENT_LEVELS[child].includes(draft.kind)))];
  if (stranded.length) {
    problems.push({ field: 'kind', reason: `下级区域(${stranded.join(', ')})不能属于${draft.kind} areas below it (${stranded.join(', ')}) cannot belong to a ${draft.kind}` });
  }
  if (draft.boundary !== undefined && draft.boundary !== null) {
    const problem = boundaryProblem(draft.boundary);
    if (problem) problems.push({ field: 'boundary', reason: problem });
  }
  return problems;
}

function levelOf(word: string): AreaKind | undefined {
  return LEVEL_WORDS[word] ?? LEVEL_WORDS[word.toUpperCase()];
}

export class AreaService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { kind?: AreaKind; parentCode?: string }): Promise<Area[]> {
    const where: FilterQuery<Area> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.parentCode !== undefined) where.parent = await this.byCode(filter.parentCode);
    const areas = await this.em.find(Area, where, { orderBy: { code: 'asc' } });
    return areas.sort((a, b) => LEVEL_ORDER.indexOf(a.kind) - LEVEL_ORDER.indexOf(b.kind));
  }

  async byCode(code: string): Promise<Area> {
    const area = await this.em.findOne(Area, { code });
    if (!area) throw new NotFoundError(`No area has the code "${code}". The areas query lists every code.`, { code });
    return area;
  }

  /** Adds the area with this code, or changes it; the first problem is BAD_USER_INPUT naming the field. */
  async upsert(input: UpsertAreaInput): Promise<Area> {
    const draft: AreaDraft = { ...input, code: input.code.trim(), name: input.name.trim(), nameEn: input.nameEn?.trim() || undefined, parentCode: input.parentCode?.trim() || undefined };
    const existing = await this.em.findOne(Area, { code: draft.code });
    const parent = draft.parentCode ? await this.em.findOne(Area, { code: draft.parentCode }) : null;
    const problems = draftProblems(draft, parent?.kind, existing ? await this.childKinds([existing.id]).then((m) => m.get(existing.id) ?? []) : []);
    if (problems.length) {
      const { field, reason } = problems[0];
      throw new BadInputError(`${field}: ${reason}. Nothing was saved.`, { field });
    }
    const area = this.write(draft, existing ?? undefined, parent!);
    await this.em.flush();
    return area;
  }

  /**
   * Adds or changes every area of a list in this transaction, or none: each bad cell is a
   * problem (row, column, reason in Chinese and English) and one problem writes nothing.
   * Parents may be earlier or later rows of the same list, or areas already stored.
   */
  async importFile(input: ImportAreasInput): Promise<Area[]> {
    const content = Buffer.from(input.contentBase64, 'base64');
    const { rows, problems } = content.length === 0
      ? { rows: [], problems: [{ row: 0, column: '-', reason: '文件为空或不是base64 the file is empty or not base64' }] }
      : await readAreaSheet(input.format, content);
    const header = (key: AreaColumnKey) => AREA_COLUMNS.find((c) => c.key === key)!.header;
    const drafts: { row: number; draft: AreaDraft }[] = [];
    const seen = new Map<string, number>();
    for (const { row, cells } of rows) {
      const kind = levelOf(cells.kind);
      if (!kind) {
        problems.push({ row, column: header('kind'), reason: `级别"${cells.kind}"不存在 unknown level "${cells.kind}": use 镇, 乡, 村, 社区 or 网格 (TOWN, XIANG, VILLAGE, COMMUNITY, GRID_CELL)` });
      }
      let boundary: unknown;
      if (cells.boundary !== '') {
        try {
          boundary = JSON.parse(cells.boundary);
        } catch {
          problems.push({ row, column: header('boundary'), reason: '边界不是JSON the boundary is not JSON text (a GeoJSON Polygon or MultiPolygon)' });
        }
      }
      if (seen.has(cells.code)) {
        problems.push({ row, column: header('code'), reason: `区域代码"${cells.code}"与第${seen.get(cells.code)}行重复 the code "${cells.code}" is also on row ${seen.get(cells.code)}` });
      } else if (cells.code) seen.set(cells.code, row);
      if (kind) drafts.push({ row, draft: { code: cells.code, name: cells.name, nameEn: cells.nameEn || undefined, kind, parentCode: cells.parentCode || undefined, boundary } });
    }

    const codes = [...new Set(drafts.flatMap(({ draft }) => [draft.code, ...(draft.parentCode ? [draft.parentCode] : [])]))];
    const stored = new Map((codes.length ? await this.em.find(Area, { code: { $in: codes } }) : []).map((area) => [area.code, area]));
    const inFile = new Map(drafts.map(({ draft }) => [draft.code, draft]));
    const children = await this.childKinds([...stored.values()].map((area) => area.id));
    for (const { row, draft } of drafts) {
      const parentKind = draft.parentCode ? (inFile.get(draft.parentCode)?.kind ?? stored.get(draft.parentCode)?.kind) : undefined;
      const own = stored.get(draft.code);
      // Children named in the list are checked by their own row; stored ones must fit the new level.
      const childKinds = [
        ...(own ? (children.get(own.id) ?? []) : []),
        ...drafts.filter((d) => d.draft.parentCode === draft.code).map((d) => d.draft.kind),
      ];
      for (const problem of draftProblems(draft, parentKind, childKinds)) {
        problems.push({ row, column: header(problem.field as AreaColumnKey), reason: problem.reason });
      }
    }
    if (problems.length) {
      problems.sort((a, b) => a.row - b.row);
      const shown = problems.slice(0, 5).map((p: AreaRowProblem) => `第${p.row}行 row ${p.row}, ${p.column}: ${p.reason}`).join('; ');
      throw new BadInputError(`contentBase64: ${problems.length} 处错误 problems, nothing was imported. ${shown}${problems.length > 5 ? '; ...' : ''}`, {
        field: 'contentBase64',
        problems,
      });
    }

    // Parents before children, so each row's parent is in hand when it is written.
    const ordered = [...drafts].sort((a, b) => LEVEL_ORDER.indexOf(a.draft.kind) - LEVEL_ORDER.indexOf(b.draft.kind));
    const written: Area[] = [];
    const byCode = new Map(stored);
    for (const { draft } of ordered) {
      const area = this.write(draft, stored.get(draft.code), byCode.get(draft.parentCode!)!);
      byCode.set(area.code, area);
      written.push(area);
    }
    await this.em.flush();
    return written;
  }

  private write(draft: AreaDraft, existing: Area | undefined, parent: Area): Area {
    const area = existing ?? this.em.create(Area, { code: draft.code, name: draft.name, kind: draft.kind, source: RecordSource.ADMIN });
    area.name = draft.name;
    area.nameEn = draft.nameEn ?? null;
    area.kind = draft.kind;
    area.parent = parent;
    if (draft.boundary === null) {
      // null, not undefined: MikroORM leaves an undefined property out of the update.
      area.boundary = null;
      area.boundingBox = null;
    } else if (draft.boundary !== undefined) {
      const boundary = cleanBoundary(draft.boundary as AreaBoundary);
      area.boundary = boundary;
      area.boundingBox = boxLiteral(boundingBox(boundary));
    }
    return area;
  }

  private async childKinds(ids: string[]): Promise<Map<string, AreaKind[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.getConnection().execute<{ parent_id: string; kind: AreaKind }[]>(
      `select distinct parent_id, kind from area where parent_id in (${ids.map(() => '?').join(', ')})`,
      ids,
      'all',
      this.em.getTransactionContext(),
    );
    const byParent = new Map<string, AreaKind[]>();
    for (const row of rows) byParent.set(row.parent_id, [...(byParent.get(row.parent_id) ?? []), row.kind]);
    return byParent;
  }

  /**
   * Where a reported call happened. The desk's area code is taken as given; with coordinates,
   * the most specific area whose boundary holds the point (a grid cell before its village)
   * is taken instead when it lies within the desk's area or the desk gave none. The GiST
   * index on the bounds picks the candidates in SQL; turf decides on the exact outline.
   */
  async placeOf(place: { areaCode?: string; latitude?: number; longitude?: number }): Promise<Area | undefined> {
    const given = place.areaCode ? await this.em.findOne(Area, { code: place.areaCode }) : undefined;
    if (place.areaCode && !given) {
      throw new BadInputError(`No area has the code "${place.areaCode}". The areas query lists every code.`, { field: 'place.areaCode' });
    }
    if (place.latitude == null || place.longitude == null || given?.kind === AreaKind.GRID_CELL) return given ?? undefined;
    const candidates = await this.em.getConnection().execute<{ id: string; kind: AreaKind; boundary: AreaBoundary; ancestors: string[] }[]>(
      `with recursive hit as (
         select id, kind, boundary, area(bounding_box) as size from area where bounding_box @> point(?, ?)
       ), up as (
         select hit.id as hit_id, a.id, a.parent_id from hit join area a on a.id = hit.id
         union all
         select up.hit_id, a.id, a.parent_id from up join area a on a.id = up.parent_id
       )
       select hit.id, hit.kind, hit.boundary, array_agg(up.id) as ancestors
         from hit join up on up.hit_id = hit.id group by hit.id, hit.kind, hit.boundary, hit.size order by hit.size`,
      [place.longitude, place.latitude],
      'all',
      this.em.getTransactionContext(),
    );
    const inside = candidates
      .filter((c) => !given || c.ancestors.includes(given.id))
      .filter((c) => boundaryContains(c.boundary, place.longitude!, place.latitude!))
      .sort((a, b) => LEVEL_ORDER.indexOf(b.kind) - LEVEL_ORDER.indexOf(a.kind));
    if (inside.length === 0) return given ?? undefined;
    return this.em.findOneOrFail(Area, { id: inside[0].id });
  }
}
