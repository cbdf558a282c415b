import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { describeScope, orderInScope, orderScopeSql, type OrderScope } from './order.scope';
import { assertId } from '../../common/ids';
import { assertRange, listAfter, listPage, newestFirst, type ListQuery, type ListSort } from '../../common/keyset';
import type { Page, PageArgs } from '../../common/pagination';
import { joinSql, rawSql, sql, sqlValues, type Sql } from '../../common/sql';
import { nextDeadlineSql, STATES_OWING_DEADLINES } from './order.deadlines';
import { OrderSort } from './order.enums';
import { UnitService } from '../units/unit.service';
import { Order } from './order.entity';
import type { OrderFilter } from './order.inputs';

/**
 * The order orders: newest first; or earliest next deadline first (ms precision, so a cursor
 * names a key exactly), orders owing none last; or overdue open orders first, then by deadline.
 */
function orderSort(sort: OrderSort): ListSort {
  const deadline = { sql: `date_trunc('milliseconds', ${nextDeadlineSql('o')})`, desc: false, nullable: true, type: 'timestamptz' } as const;
  const id = { sql: 'o.id', desc: false, type: 'uuid' } as const;
  const overdueOpen = `(o.overdue and o.status in ${sqlValues(STATES_OWING_DEADLINES)})`;
  switch (sort) {
    case OrderSort.ISSUED_AT:
      return newestFirst('o', 'issued_at');
    case OrderSort.NEXT_DEADLINE:
      return { name: sort, keys: [deadline, id] };
    case OrderSort.OVERDUE_FIRST:
      return { name: sort, keys: [{ sql: overdueOpen, desc: true, type: 'boolean' }, deadline, id] };
  }
}

export class OrderService {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string, scope: OrderScope): Promise<Order> {
    const order = await this.em.findOne(Order, { id: assertId(id, 'order') }, { populate: ['unit'] });
    if (!order) throw new NotFoundError(`No order has the id ${id}.`, { id });
    if (!orderInScope(scope, { channel: order.channel, unitCode: order.unit.code })) {
      throw new ForbiddenError(`Order ${id} is outside what this token may read (${describeScope(scope)}).`);
    }
    return order;
  }

  /** The entities of a page of `listQuery`. */
  page(query: ListQuery): Promise<Page<Order>> {
    return listPage(this.em, Order, query);
  }

  /** The list as one SQL query shape, read as entities by `list` and as JSON by the compiled read path. */
  listQuery(filter: OrderFilter = {}, page: PageArgs, scope: OrderScope, sortBy = OrderSort.ISSUED_AT): ListQuery {
    assertRange(filter.issuedFrom, filter.issuedTo, 'issuedFrom/issuedTo');
    if (scope.kind === 'unit' && filter.unitCode !== undefined && filter.unitCode !== scope.unitCode) {
      throw new ForbiddenError(`This token may read ${describeScope(scope)} only, not those of "${filter.unitCode}".`);
    }
    const conditions: Sql[] = [orderScopeSql(scope, 'o')];
    const checks: ListQuery['checks'] = [];
    if (filter.statuses?.length) conditions.push(sql`o.status = any(${filter.statuses}::text[])`);
    if (filter.urgencies?.length) conditions.push(sql`o.urgency = any(${filter.urgencies}::text[])`);
    if (filter.channel) conditions.push(sql`o.channel = ${filter.channel}`);
    if (filter.overdue !== undefined) conditions.push(sql`o.overdue = ${filter.overdue}`);
    if (filter.incidentId) conditions.push(sql`o.incident_id = ${assertId(filter.incidentId, 'incident')}`);
    if (filter.unitCode !== undefined) {
      const code = filter.unitCode;
      checks.push({ sql: sql`exists (select 1 from unit where code = ${code})`, refuse: () => new UnitService(this.em).byCode(code) });
      conditions.push(sql`o.unit_id = (select u.id from unit u where u.code = ${code})`);
    }
    if (filter.issuedFrom) conditions.push(sql`o.issued_at >= ${filter.issuedFrom}`);
    if (filter.issuedTo) conditions.push(sql`o.issued_at < ${filter.issuedTo}`);
    const sort = orderSort(sortBy);
    return {
      table: 'order',
      alias: 'o',
      joins: rawSql(''),
      where: joinSql(conditions, ' and '),
      after: listAfter(sort, page.after),
      sort,
      first: page.first,
      checks,
    };
  }
}
