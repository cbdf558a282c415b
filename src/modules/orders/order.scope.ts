import type { FilterQuery } from '@mikro-orm/core';
import type { Principal } from '../../../integrations/keycloak';
import { ForbiddenError } from '../../common/errors';
import { DESK_AND_OVERSIGHT } from '../../common/roles';
import { rawSql, sql, type Sql } from '../../common/sql';
import type { Order } from './order.entity';
import { OrderChannel } from './order.enums';

/**
 * Row-level scope of a caller. The desk and oversight roles see every order; a unit operator
 * sees its own unit's orders only; the grid platform sees the orders sent through it.
 */
export type OrderScope = { kind: 'all' } | { kind: 'unit'; unitCode: string } | { kind: 'grid' };

export function orderScope(principal: Principal): OrderScope {
  if (principal.roles.some((role) => DESK_AND_OVERSIGHT.includes(role))) return { kind: 'all' };
  if (principal.roles.includes('unit_operator') && principal.unitCode) return { kind: 'unit', unitCode: principal.unitCode };
  if (principal.roles.includes('grid_sync')) return { kind: 'grid' };
  throw new ForbiddenError('This token may not read orders.');
}

/** The condition that keeps a query inside the scope. */
export function orderScopeWhere(scope: OrderScope): FilterQuery<Order> {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'unit':
      return { unit: { code: scope.unitCode } };
    case 'grid':
      return { channel: OrderChannel.GRID };
  }
}

/** The same condition in SQL, for rows of "order" aliased `alias` (the list and board reads). */
export function orderScopeSql(scope: OrderScope, alias: string): Sql {
  switch (scope.kind) {
    case 'all':
      return rawSql('true');
    case 'unit':
      return sql`${rawSql(alias)}.unit_id = (select u.id from unit u where u.code = ${scope.unitCode})`;
    case 'grid':
      return rawSql(`${alias}.channel = '${OrderChannel.GRID}'`);
  }
}

export function orderInScope(scope: OrderScope, order: { channel: OrderChannel; unitCode: string }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return order.unitCode === scope.unitCode;
    case 'grid':
      return order.channel === OrderChannel.GRID;
  }
}

/** Refuses an order outside the scope, naming what the token may reach. */
export function assertOrderInScope(scope: OrderScope, order: { id: string; channel: OrderChannel; unit: { code: string } }, verb = 'act on'): void {
  if (!orderInScope(scope, { channel: order.channel, unitCode: order.unit.code })) {
    throw new ForbiddenError(`Order ${order.id} is outside what this token may ${verb} (${describeScope(scope)}).`);
  }
}

export function describeScope(scope: OrderScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all orders';
    case 'unit':
      return `the orders of unit "${scope.unitCode}"`;
    case 'grid':
      return 'orders sent through the grid platform';
  }
}
