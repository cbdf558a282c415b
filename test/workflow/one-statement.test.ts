import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../src/db/orm';
import { ActionChannel } from '../../src/modules/history/history.enums';
import type { Actor } from '../../src/modules/history/history.actor';
import { Classification, IntakeChannel } from '../../src/modules/incidents/incident.enums';
import { Incident } from '../../src/modules/incidents/incident.entity';
import { IncidentWorkflow } from '../../src/modules/incidents/incident.workflow';
import { OrderChannel, Urgency } from '../../src/modules/orders/order.enums';
import { OrderWorkflow } from '../../src/modules/orders/order.workflow';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Dispatch writes in one statement of its own (src/common/one-statement.ts). An incident reported,
 * classified and dispatched in one unit of work (as an import or a batch job does) still has its
 * search columns, among them the text[] of matter words, to write with the dispatch.
 */
const DESK: Actor = { id: 'desk-1', name: '接警员', role: 'dispatcher', channel: ActionChannel.DESK };
let app: TestApp;
let orm: MikroORM;
beforeAll(async () => {
  app = await startTestApp();
  orm = await initOrm({ databaseUrl: app.databaseUrl });
});
afterAll(async () => {
  await orm?.close();
  await app?.close();
});

it('dispatches an incident reported in the same unit of work, its matter words (text[]) written as an array', async () => {
  const { incidentId, orderIds } = await orm.em.fork().transactional(async (tx) => {
    const incidents = new IncidentWorkflow(tx, DESK);
    const incident = await incidents.report({
      description: '小区电梯卡在五楼和六楼中间，里面有一个老人',
      place: { areaCode: 'zagunao', address: '1号附近' },
      intakeChannel: IntakeChannel.CALL_110,
      callbackNumber: '13900001111',
    });
    await tx.flush();
    await incidents.classify({ incidentId: incident.id, classification: Classification.LINKAGE });
    const orders = await new OrderWorkflow(tx, DESK, { kind: 'all' }).dispatch({
      incidentId: incident.id,
      orders: [{ unitCode: 'telecom', channel: OrderChannel.GRID, urgency: Urgency.EMERGENCY }],
    });
    return { incidentId: incident.id, orderIds: orders.map((o) => o.id) };
  });
  expect(orderIds).toHaveLength(1);
  const stored = await orm.em.fork().findOneOrFail(Incident, { id: incidentId });
  expect(stored.status).toBe('DISPATCHED');
  const [row] = await orm.em.fork().getConnection().execute<{ matter_words: string[] }[]>('select matter_words from incident where id = ?', [incidentId]);
  expect(Array.isArray(row.matter_words)).toBe(true);
  expect(row.matter_words).toEqual(expect.arrayContaining(['电梯', '老人']));
});
