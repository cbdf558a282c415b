import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { describeScope, orderScopeWhere, type OrderScope } from '../orders/order.scope';
import { Order } from '../orders/order.entity';
import { nextDeadlineSql, STATES_OWING_DEADLINES } from '../orders/order.deadlines';
import { OrderStatus } from '../orders/order.enums';
import { assertId } from '../../common/ids';
import { assertRange, listAfter, listPage, newestFirst, type ListQuery, type ListSort } from '../../common/keyset';
import type { Page, PageArgs } from '../../common/pagination';
import { joinSql, rawSql, sql, sqlValues, type Sql } from '../../common/sql';
import { AreaService } from '../areas/area.service';
import { UnitService } from '../units/unit.service';
import { Incident } from './incident.entity';
import { IncidentSort, IncidentStatus } from './incident.enums';
import type { IncidentFilter, IncidentSearchInput } from './incident.inputs';
import { searchQuery } from './incident.search';

/** At most this many hits of one search, best first. */
export const MAX_SEARCH_HITS = 50;

export interface IncidentListOptions {
  /** The desk board: every incident not yet closed. */
  openOnly?: boolean;
  sort?: IncidentSort;
}

/**
 * The incident orders: newest call first; or earliest next deadline first (ms precision, so a
 * cursor names a key exactly), incidents owing none last; or those with an overdue open order
 * first, then by deadline. Ties go by id.
 */
function incidentSort(sort: IncidentSort): ListSort {
  const deadline = { sql: `date_trunc('milliseconds', s.next_deadline)`, desc: false, nullable: true, type: 'timestamptz' } as const;
  const id = { sql: 'i.id', desc: false, type: 'uuid' } as const;
  switch (sort) {
    case IncidentSort.RECEIVED_AT:
      return newestFirst('i', 'received_at');
    case IncidentSort.NEXT_DEADLINE:
      return { name: sort, keys: [deadline, id] };
    case IncidentSort.OVERDUE_FIRST:
      return { name: sort, keys: [{ sql: 's.overdue', desc: true, type: 'boolean' }, deadline, id] };
  }
}

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

  /** The entities of a page of `listQuery`. */
  page(query: ListQuery): Promise<Page<Incident>> {
    return listPage(this.em, Incident, query);
  }

  /**
   * The list as one SQL query shape (filter, sort, page), read by `list` as entities and by
   * the compiled read path as JSON alike. Incident lists are the desk's and oversight's, who
   * see every order, so the order summaries behind the deadline sorts and filters are unscoped.
   */
  listQuery(filter: IncidentFilter = {}, page: PageArgs, options: IncidentListOptions = {}): ListQuery {
    assertRange(filter.receivedFrom, filter.receivedTo, 'receivedFrom/receivedTo');
    const conditions: Sql[] = [];
    const checks: ListQuery['checks'] = [];
    const owing = sqlValues(STATES_OWING_DEADLINES);
    const hasOrder = (condition: Sql): Sql => sql`exists (select 1 from "order" o where o.incident_id = i.id and ${condition})`;
    const either = (wanted: boolean, condition: Sql): Sql => (wanted ? condition : sql`not ${condition}`);
    if (filter.statuses?.length) conditions.push(sql`i.status = any(${filter.statuses}::text[])`);
    if (options.openOnly) conditions.push(rawSql(`i.status <> '${IncidentStatus.CLOSED}'`));
    if (filter.search?.trim()) conditions.push(searchCondition(filter.search));
    if (filter.unitCode !== undefined) {
      const code = filter.unitCode;
      checks.push({ sql: sql`exists (select 1 from unit where code = ${code})`, refuse: () => new UnitService(this.em).byCode(code) });
      conditions.push(hasOrder(sql`o.unit_id = (select u.id from unit u where u.code = ${code})`));
    }
    if (filter.classifications?.length) conditions.push(sql`i.classification = any(${filter.classifications}::text[])`);
    if (filter.major !== undefined) conditions.push(sql`i.major = ${filter.major}`);
    if (filter.ids?.length) conditions.push(sql`i.id = any(${filter.ids.map((id) => assertId(id, 'incident'))}::uuid[])`);
    if (filter.receivedFrom) conditions.push(sql`i.received_at >= ${filter.receivedFrom}`);
    if (filter.receivedTo) conditions.push(sql`i.received_at < ${filter.receivedTo}`);
    if (filter.areaCode !== undefined) {
      const code = filter.areaCode;
      checks.push({ sql: sql`exists (select 1 from area where code = ${code})`, refuse: () => new AreaService(this.em).byCode(code) });
      conditions.push(sql`i.area_id in (with recursive sub as (select id from area where code = ${code}
        union all select a.id from area a join sub on a.parent_id = sub.id) select id from sub)`);
    }
    if (filter.intakeChannel) conditions.push(sql`i.intake_channel = ${filter.intakeChannel}`);
    if (filter.orderChannel) conditions.push(hasOrder(sql`o.channel = ${filter.orderChannel}`));
    if (filter.overdue !== undefined) conditions.push(either(filter.overdue, hasOrder(rawSql(`o.overdue and o.status in ${owing}`))));
    if (filter.disputed !== undefined) conditions.push(either(filter.disputed, hasOrder(rawSql(`o.status = '${OrderStatus.DISPUTED}'`))));

    const sortBy = options.sort ?? IncidentSort.RECEIVED_AT;
    const sort = incidentSort(sortBy);
    // The deadline orders read each incident's open orders once, summarised beside its row.
    const joins =
      sortBy === IncidentSort.RECEIVED_AT
        ? rawSql('')
        : rawSql(`left join lateral (select min(${nextDeadlineSql('o')}) as next_deadline,
            coalesce(bool_or(o.overdue), false) as overdue
            from "order" o where o.incident_id = i.id and o.status in ${owing}) s on true`);
    return {
      table: 'incident',
      alias: 'i',
      joins,
      where: conditions.length ? joinSql(conditions, ' and ') : rawSql('true'),
      after: listAfter(sort, page.after),
      sort,
      first: page.first,
      checks,
    };
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
}

/**
 * The list filter's search: every word must match (incident.search.ts), served by the GIN index.
 * Text with no word in it (punctuation only) matches nothing.
 */
function searchCondition(text: string): Sql {
  const query = searchQuery(text);
  return query ? sql`i.search_vector @@ cast(${query} as tsquery)` : rawSql('false');
}
