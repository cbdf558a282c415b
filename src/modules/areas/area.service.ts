import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../common/errors';
import { Area } from './area.entity';
import { AreaKind } from './area.enums';

const LEVEL_ORDER = Object.values(AreaKind);

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
}
