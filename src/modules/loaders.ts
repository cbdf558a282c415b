import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader } from '../common/loaders';
import { Area } from './areas/area.entity';
import { GridOutboxMessage, GridTaskRecord } from './grid-sync/grid-sync.entity';
import { Escalation } from './escalations/escalation.entity';
import { EscalationTarget } from './leadership/leadership.entity';
import { HistoryEvent } from './history/history.entity';
import { Incident } from './incidents/incident.entity';
import { relatedCallsLoader } from './incidents/incident.related';
import { Feedback, Order } from './orders/order.entity';
import { RoutingCategoryUnit } from './routing/routing.entity';
import { categoryWordsLoader } from './routing/routing.loaders';
import DataLoader from 'dataloader';
import { RosterService } from './rosters/roster.service';
import { Duty, Unit } from './units/unit.entity';

/** Built per operation (and per subscription event) so no cache outlives one request. */
export function createLoaders(em: EntityManager) {
  return {
    unitById: byIdLoader(em, Unit),
    areaById: byIdLoader(em, Area),
    incidentById: byIdLoader(em, Incident),
    orderById: byIdLoader(em, Order),
    gridMessagesByOrderId: groupedLoader(em, GridOutboxMessage, 'order', (m) => m.order.id, { seq: 'desc' }),
    eventById: byIdLoader(em, HistoryEvent),
    escalationTargetById: byIdLoader(em, EscalationTarget),
    escalationsByIncidentId: groupedLoader(em, Escalation, 'incident', (e) => e.incident.id, { reportedAt: 'asc', target: { rank: 'asc' } }),
    dutiesByUnitId: groupedLoader(em, Duty, 'unit', (d) => d.unit.id, { item: 'asc' }, { retiredAt: null }),
    ordersByIncidentId: groupedLoader(em, Order, 'incident', (o) => o.incident.id, { issuedAt: 'asc', id: 'asc' }),
    feedbackByOrderId: groupedLoader(em, Feedback, 'order', (f) => f.order.id, { reportedAt: 'asc', id: 'asc' }),
    eventsByIncidentId: groupedLoader(em, HistoryEvent, 'incident', (e) => e.incident?.id ?? '', { seq: 'asc' }),
    eventsByOrderId: groupedLoader(em, HistoryEvent, 'order', (e) => e.order?.id ?? '', { seq: 'asc' }),
    /** Unit.onDutyNow of every unit in the operation from one expansion (the same statements for 1 unit or 24). */
    onDutyNowByUnitId: new DataLoader((ids: readonly string[]) => new RosterService(em).onDutyByUnitIds(ids, new Date())),
    routingWordsByCategoryId: categoryWordsLoader(em),
    /** Incident.relatedCalls of every incident in the operation, in one statement. */
    relatedCallsByIncidentId: relatedCallsLoader(em),
    /** What the grid platform holds of each order (its case number), keyed by order id. */
    gridTaskByOrderId: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(GridTaskRecord, { orderId: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.orderId === id) ?? null);
    }),
    routingUnitsByCategoryId: groupedLoader(em, RoutingCategoryUnit, 'category', (l) => l.category.id, { rank: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
