import type { MikroORM } from '@mikro-orm/postgresql';
import type { GridMapping, GridPort, GridTaskView, OrderStatusName } from '../../../integrations/grid';
import { SYSTEM_ACTOR } from '../history/history.actor';
import { Order } from '../orders/order.entity';
import { OrderChannel, OrderStatus } from '../orders/order.enums';
import { OrderWorkflow } from '../orders/order.workflow';
import { GridOutboxMessage, GridTaskRecord, OutboxStatus } from './grid-sync.entity';

export interface ReconcileResult {
  checked: number;
  repaired: number;
  diverged: number;
}

/**
 * Compares our grid orders with the grid platform's view and repairs what we can: a task
 * missing there, behind our version or at the wrong stage is sent again (a new outbox
 * message); a task ahead of us (a report we never received) is recorded for the desk, since
 * only the unit can tell what happened. Each repair and finding is an event on the order.
 */
export async function reconcileGrid(orm: MikroORM, port: GridPort, mapping: GridMapping, since?: Date): Promise<ReconcileResult> {
  const views = new Map<string, GridTaskView>();
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const result = await port.listTasks({ updatedSince: since?.toISOString(), limit: 500, cursor });
    for (const task of result.tasks) views.set(task.taskId, task);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  const em = orm.em.fork();
  const orders = await em.find(
    Order,
    { channel: OrderChannel.GRID, ...(since ? { updatedAt: { $gte: since } } : {}) },
    { populate: ['unit', 'incident'] },
  );
  const pendingMessages = await em.find(GridOutboxMessage, { status: { $in: [OutboxStatus.PENDING, OutboxStatus.RETRYING, OutboxStatus.DEAD] } });
  const awaiting = new Set(pendingMessages.map((m) => m.order.id));
  const result: ReconcileResult = { checked: orders.length, repaired: 0, diverged: 0 };

  for (const order of orders) {
    if (awaiting.has(order.id)) continue; // a delivery is already on its way (or waits for an administrator)
    try {
      mapping.departmentFor(order.unit.code);
    } catch {
      continue; // unit not on the grid platform
    }
    const view = views.get(order.id);
    const expectedStage = mapping.stageFor(order.status as OrderStatusName);
    const cancelled = order.status === OrderStatus.CANCELLED;
    let finding: 'missing' | 'behind' | 'ahead' | undefined;
    // A cancelled order the grid platform does not hold (never sent, or lost) needs nothing there.
    if (!view && cancelled) continue;
    if (!view) finding = 'missing';
    else if (view.version < order.version || view.cancelled !== cancelled || (view.version === order.version && view.stage !== expectedStage)) finding = 'behind';
    else if (view.version > order.version) finding = 'ahead';
    if (!finding) continue;

    await em.fork().transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(Order, { id: order.id }, { populate: ['incident'] });
      const before = { gridStage: view?.stage ?? null, gridVersion: view?.version ?? null, gridCancelled: view?.cancelled ?? null };
      const workflow = new OrderWorkflow(tx, SYSTEM_ACTOR, { kind: 'grid' });
      if (finding === 'ahead') {
        workflow.move(fresh, 'reportGridDivergence', {
          before,
          after: { stage: expectedStage, version: fresh.version },
          note: '网格化平台记录领先于本平台，请联系单位核实 the grid platform holds a newer state than ours; check with the unit',
        });
        result.diverged++;
        return;
      }
      if (finding === 'missing') await tx.nativeDelete(GridTaskRecord, { orderId: fresh.id });
      // The grid platform takes only a higher version, so the repair moves the order's version
      // (the row says so); the outbox subscriber queues the message that sends it.
      workflow.move(fresh, 'resendToGrid', {
        before,
        after: { stage: expectedStage, version: fresh.version, cancelled },
        note: finding === 'missing' ? '网格化平台缺少该任务，重新下发 the task was missing; sent again' : '网格化平台状态落后，重新同步 the task was behind; sent again',
      });
      result.repaired++;
    });
  }
  return result;
}
