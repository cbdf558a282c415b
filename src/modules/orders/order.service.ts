import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { describeScope, orderInScope, orderScopeWhere, type OrderScope } from './order.scope';
import { assertId } from '../../common/ids';
import { assertRange, keysetPage } from '../../common/keyset';
import type { Page, PageArgs } from '../../common/pagination';
import { UnitService } from '../units/unit.service';
import { Order } from './order.entity';
import type { OrderFilter } from './order.inputs';

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

  async list(filter: OrderFilter = {}, page: PageArgs, scope: OrderScope): Promise<Page<Order>> {
    assertRange(filter.issuedFrom, filter.issuedTo, 'issuedFrom/issuedTo');
    if (scope.kind === 'unit' && filter.unitCode !== undefined && filter.unitCode !== scope.unitCode) {
      throw new ForbiddenError(`This token may read ${describeScope(scope)} only, not those of "${filter.unitCode}".`);
    }
    const where: FilterQuery<Order> = {};
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.urgencies?.length) where.urgency = { $in: filter.urgencies };
    if (filter.channel) where.channel = filter.channel;
    if (filter.overdue !== undefined) where.overdue = filter.overdue;
    if (filter.incidentId) where.incident = assertId(filter.incidentId, 'incident');
    if (filter.unitCode !== undefined) where.unit = await new UnitService(this.em).byCode(filter.unitCode);
    if (filter.issuedFrom || filter.issuedTo) {
      where.issuedAt = {
        ...(filter.issuedFrom ? { $gte: filter.issuedFrom } : {}),
        ...(filter.issuedTo ? { $lt: filter.issuedTo } : {}),
      };
    }
    return keysetPage(this.em, Order, () => ({ $and: [where, orderScopeWhere(scope)] }), 'issuedAt', page);
  }
}
