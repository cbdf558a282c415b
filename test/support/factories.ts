import type { EntityManager } from '@mikro-orm/postgresql';
import { nextCaseNumber } from '../../src/modules/incidents/incident.case-number';
import { Incident } from '../../src/modules/incidents/incident.entity';
import { IncidentStatus, IntakeChannel } from '../../src/modules/incidents/incident.enums';
import { Order } from '../../src/modules/orders/order.entity';
import { OrderChannel, OrderStatus, Urgency } from '../../src/modules/orders/order.enums';
import { Area } from '../../src/modules/areas/area.entity';
import { Unit } from '../../src/modules/units/unit.entity';

/**
 * Arrange-only factories: they write rows directly so a test can set up the world it needs;
 * what the test then checks always goes through /graphql.
 */
export async function makeIncident(
  em: EntityManager,
  overrides: Partial<Omit<Incident, 'area'>> & { areaCode?: string } = {},
): Promise<Incident> {
  const { areaCode, ...fields } = overrides;
  const receivedAt = fields.receivedAt ?? new Date();
  const incident = em.create(Incident, {
    caseNumber: await nextCaseNumber(em, receivedAt),
    description: '小区里水管爆了，水漫到路上',
    receivedAt,
    intakeChannel: IntakeChannel.CALL_110,
    callbackNumber: '13800000000',
    status: IncidentStatus.DISPATCHED,
    ...fields,
    area: areaCode ? await em.findOneOrFail(Area, { code: areaCode }) : undefined,
  });
  await em.persistAndFlush(incident);
  return incident;
}

export async function makeOrder(
  em: EntityManager,
  incident: Incident,
  unitCode: string,
  overrides: Partial<
    Pick<
      Order,
      'status' | 'channel' | 'urgency' | 'issuedAt' | 'overdue' | 'instructions' | 'signDeadline' | 'arriveDeadline' | 'feedbackDeadline' | 'disputeDeadline' | 'rulingDeadline'
    >
  > = {},
): Promise<Order> {
  const order = em.create(Order, {
    incident,
    unit: await em.findOneOrFail(Unit, { code: unitCode }),
    channel: OrderChannel.GRID,
    urgency: Urgency.ROUTINE,
    status: OrderStatus.ISSUED,
    issuedAt: new Date(),
    ...overrides,
  });
  await em.persistAndFlush(order);
  return order;
}

/** Distinct, strictly increasing times, so ordering assertions do not depend on the clock. */
export function minutesAgo(minutes: number, base = new Date('2026-11-01T08:00:00Z')): Date {
  return new Date(base.getTime() - minutes * 60_000);
}
