import type { MikroORM } from '@mikro-orm/postgresql';
import { counter, gauge, perScrape } from '../common/metrics';
import { logger } from '../common/logger';
import { OrderStatus } from './orders/order.enums';
import { TERMINAL_ORDER_STATES } from './orders/order.transitions';
import { RosterService } from './rosters/roster.service';
import { Unit } from './units/unit.entity';

/**
 * Gauges read from the database when Prometheus scrapes: open, overdue and disputed orders by
 * unit, and the grid outbox's depth and the age of its oldest message. One statement per scrape
 * for each group, shared by its gauges; a failed read leaves the gauges empty for that scrape
 * (the readiness probe and the error metrics say why).
 */
let source: MikroORM | undefined;

function shared<T>(read: (orm: MikroORM) => Promise<T>): () => Promise<T | undefined> {
  return perScrape(async () => {
    if (!source) return undefined;
    try {
      return await read(source);
    } catch (err) {
      logger.warn('metrics: reading the database failed', { err });
      return undefined;
    }
  });
}

interface OrderCounts {
  code: string;
  open: string;
  overdue: string;
  disputed: string;
}

const orderCounts = shared((orm) =>
  orm.em.fork().getConnection().execute<OrderCounts[]>(
    `select u.code, count(*) as open, count(*) filter (where o.overdue) as overdue, count(*) filter (where o.status = ?) as disputed
       from "order" o join unit u on u.id = o.unit_id
      where o.status not in (${TERMINAL_ORDER_STATES.map(() => '?').join(', ')})
      group by u.code`,
    [OrderStatus.DISPUTED, ...TERMINAL_ORDER_STATES],
  ),
);

function byUnit(column: 'open' | 'overdue' | 'disputed') {
  return async function (this: ReturnType<typeof gauge<'unit'>>) {
    const rows = await orderCounts();
    this.reset();
    for (const row of rows ?? []) this.set({ unit: row.code }, Number(row[column]));
  };
}

gauge('linkage110_orders_open', 'Orders not yet completed or cancelled, by unit', ['unit'], byUnit('open'));
gauge('linkage110_orders_overdue', 'Open orders past a deadline, by unit', ['unit'], byUnit('overdue'));
gauge('linkage110_orders_disputed', 'Orders waiting for a ruling on a dispute, by unit', ['unit'], byUnit('disputed'));

const outbox = shared(async (orm) => {
  const [row] = await orm.em.fork().getConnection().execute<{ depth: string; oldest: string | null }[]>(
    `select count(*) as depth, extract(epoch from now() - min(created_at)) as oldest
       from grid_outbox where status in ('PENDING', 'RETRYING')`,
  );
  return row;
});

gauge('linkage110_grid_outbox_depth', 'Grid outbox messages waiting to be delivered (pending or retrying)', [], async function () {
  const row = await outbox();
  if (row) this.set(Number(row.depth));
});
gauge('linkage110_grid_outbox_oldest_age_seconds', 'Age of the oldest grid outbox message waiting to be delivered (0 when none waits)', [], async function () {
  const row = await outbox();
  if (row) this.set(row.oldest === null ? 0 : Number(row.oldest));
});

/**
 * Roster gaps now: per active unit, 1 when its required post (RESCUE_TEAM for 24-hour units,
 * DUTY_OFFICER otherwise) has nobody on duty at the moment of the scrape, and 1 per contact it
 * lacks (responsible leader, liaison, duty phone). The same answer as `rosterGaps` for the
 * present second, read once per scrape.
 */
const rosterNow = shared(async (orm) => {
  const em = orm.em.fork();
  const units = await em.find(Unit, { active: true });
  const now = new Date();
  return new RosterService(em).gaps(units, now, new Date(now.getTime() + 1000));
});

gauge('linkage110_roster_gaps_now', 'Required duty posts with nobody on duty now, by unit and post (1 = a gap)', ['unit', 'post'], async function () {
  const report = await rosterNow();
  if (!report) return;
  this.reset();
  for (const unit of report) for (const gap of unit.gaps) this.set({ unit: unit.unitCode, post: gap.post }, 1);
});
gauge('linkage110_roster_contacts_missing', 'Unit contacts not set (responsible leader, liaison, duty phone), by unit and contact', ['unit', 'contact'], async function () {
  const report = await rosterNow();
  if (!report) return;
  this.reset();
  for (const unit of report) for (const contact of unit.missing) this.set({ unit: unit.unitCode, contact }, 1);
});

/** What the grid relay counts as it delivers, in every replica (the relay runs in each). */
export const gridMetrics = {
  deliveries: counter('linkage110_grid_deliveries_total', 'Orders mirrored into the grid platform'),
  retries: counter('linkage110_grid_retries_total', 'Grid deliveries that failed and were scheduled again'),
  deadLetters: counter('linkage110_grid_dead_letters_total', 'Grid messages given up after the retry window'),
};

/** The database the gauges read; the server binds its own at start. */
export function bindDomainMetrics(orm: MikroORM): void {
  source = orm;
}
