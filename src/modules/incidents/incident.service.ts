import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { describeScope, orderScopeWhere, type OrderScope } from '../orders/order.scope';
import { Order } from '../orders/order.entity';
import { assertId } from '../../common/ids';
import { assertRange, keysetPage } from '../../common/keyset';
import type { Page, PageArgs } from '../../common/pagination';
import { AreaService } from '../areas/area.service';
import { UnitService } from '../units/unit.service';
import { Incident } from './incident.entity';
import { IncidentStatus } from './incident.enums';
import type { IncidentFilter } from './incident.inputs';

export class IncidentService {
  constructor(private readonly em: EntityManager) {}

  /** A scoped caller (unit, grid platform) may read an incident it holds an order for. */
  async byId(id: string, scope: OrderScope): Promise<Incident> {
    const incident = await this.em.findOne(Incident, { id: assertId(id, 'incident') });
    if (!incident) throw new NotFoundError(`No incident has the id ${id}.`, { id });
    if (scope.kind !== 'all' && (await this.em.count(Order, { $and: [{ incident }, orderScopeWhere(scope)] })) === 0) {
      throw new ForbiddenError(`Incident ${id} has no order within what this token may read (${describeScope(scope)}).`);
    }
    return incident;
  }

  async list(filter: IncidentFilter = {}, page: PageArgs, options: { openOnly?: boolean } = {}): Promise<Page<Incident>> {
    assertRange(filter.receivedFrom, filter.receivedTo, 'receivedFrom/receivedTo');
    const where: FilterQuery<Incident> = {};
    const conditions: FilterQuery<Incident>[] = [where];
    let unitId: string | undefined;
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (options.openOnly) conditions.push({ status: { $ne: IncidentStatus.CLOSED } });
    if (filter.search?.trim()) {
      // Substring match: Chinese has no spaces to split words on, and callers say 停水 as
      // often as 没有水; a trigram index serves it for three characters or more.
      const escaped = filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
      where.description = { $ilike: `%${escaped}%` };
    }
    if (filter.unitCode !== undefined) {
      const unit = await new UnitService(this.em).byCode(filter.unitCode);
      unitId = unit.id;
    }
    if (filter.classifications?.length) where.classification = { $in: filter.classifications };
    if (filter.major !== undefined) where.major = filter.major;
    if (filter.ids?.length) where.id = { $in: filter.ids.map((id) => assertId(id, 'incident')) };
    if (filter.receivedFrom || filter.receivedTo) {
      where.receivedAt = {
        ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}),
        ...(filter.receivedTo ? { $lt: filter.receivedTo } : {}),
      };
    }
    if (filter.areaCode !== undefined) {
      const area = await new AreaService(this.em).byCode(filter.areaCode);
      where.area = { $in: await this.areaAndDescendants(area.id) };
    }
    const withUnit = (): FilterQuery<Incident> =>
      unitId
        ? {
            $and: [
              ...conditions,
              { [raw((alias) => `exists (select 1 from "order" o where o.incident_id = ${alias}.id and o.unit_id = ?)`, [unitId])]: true },
            ],
          }
        : { $and: conditions };
    return keysetPage(this.em, Incident, withUnit, 'receivedAt', page);
  }

  private async areaAndDescendants(rootId: string): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `with recursive sub as (select id from area where id = ? union all select a.id from area a join sub on a.parent_id = sub.id)
       select id from sub`,
      [rootId],
    );
    return rows.map((row) => row.id);
  }
}
