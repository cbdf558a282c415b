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
import type { IncidentFilter, IncidentSearchInput } from './incident.inputs';
import { searchQuery } from './incident.search';

/** At most this many hits of one search, best first. */
export const MAX_SEARCH_HITS = 50;

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
    const search = filter.search?.trim() ? filter.search : undefined;
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
    // Raw fragments are used up by the query they go into: built afresh for the page and the count.
    const withUnit = (): FilterQuery<Incident> => ({
      $and: [
        ...conditions,
        ...(search ? [searchCondition(search)] : []),
        ...(unitId
          ? [{ [raw((alias) => `exists (select 1 from "order" o where o.incident_id = ${alias}.id and o.unit_id = ?)`, [unitId])]: true }]
          : []),
      ],
    });
    return keysetPage(this.em, Incident, withUnit, 'receivedAt', page);
  }

  /**
   * 警情检索 the best matches first (ts_rank over the weighted vector: caller, number and case
   * number above description, description above address, whole words above characters), the
   * newer first among equals.
   */
  async search(input: IncidentSearchInput, first: number): Promise<{ incident: Incident; rank: number }[]> {
    assertRange(input.receivedFrom, input.receivedTo, 'receivedFrom/receivedTo');
    const query = searchQuery(input.text);
    if (!query) return [];
    const params: unknown[] = [query, query];
    let extra = '';
    if (input.openOnly) extra += ` and status <> 'CLOSED'`;
    if (input.receivedFrom) {
      extra += ' and received_at >= ?';
      params.push(input.receivedFrom);
    }
    if (input.receivedTo) {
      extra += ' and received_at < ?';
      params.push(input.receivedTo);
    }
    params.push(Math.min(Math.max(first, 1), MAX_SEARCH_HITS));
    const rows = await this.em.execute<{ id: string; rank: number }[]>(
      `select id, ts_rank(search_vector, q) as rank from incident, cast(? as tsquery) q
        where search_vector @@ cast(? as tsquery)${extra}
        order by rank desc, received_at desc, id desc limit ?`,
      params,
    );
    const incidents = rows.length ? await this.em.find(Incident, { id: { $in: rows.map((r) => r.id) } }) : [];
    const byId = new Map(incidents.map((incident) => [incident.id, incident]));
    return rows.map((row) => ({ incident: byId.get(row.id)!, rank: Number(row.rank) }));
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

/**
 * The list filter's search: every word must match (incident.search.ts), served by the GIN index.
 * Text with no word in it (punctuation only) matches nothing.
 */
function searchCondition(text: string): FilterQuery<Incident> {
  const query = searchQuery(text);
  if (!query) return { [raw(() => 'false')]: true };
  return { [raw((alias) => `${alias}.search_vector @@ cast(? as tsquery)`, [query])]: true };
}
