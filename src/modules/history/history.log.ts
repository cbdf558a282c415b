import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors';
import type { EventKind } from './history.enums';
import { HistoryVerification } from './history.types';

/** What the event log tells of an event: enough to route and authorise it without loading it. */
export interface EventLogEntry {
  /** Its place in commit order: the cursor of every feed. */
  seq: bigint;
  eventId: string;
  kind: EventKind;
  subjectType: 'INCIDENT' | 'ORDER' | 'UNIT';
  /** Null for a unit-level event. */
  incidentId: string | null;
  orderId: string | null;
  /** The order's unit, or the unit of a unit-level event. */
  unitId: string | null;
  unitCode: string | null;
  orderChannel: string | null;
}

export interface EventPage {
  /** Entries after this cursor (exclusive). */
  after: bigint;
  /** ... and up to this one (inclusive), when given. */
  upTo?: bigint;
  limit: number;
  /** Only changes of orders sent through this channel (the grid platform's pull feed). */
  orderChannel?: string;
}

interface Row {
  seq: string;
  id: string;
  kind: EventKind;
  subject_type: 'INCIDENT' | 'ORDER' | 'UNIT';
  incident_id: string | null;
  order_id: string | null;
  unit_id: string | null;
  unit_code: string | null;
  order_channel: string | null;
}

const CURSOR = /^\d{1,19}$/;

/** A feed cursor as a client sends it back (`after`), or BAD_USER_INPUT naming the argument. */
export function parseEventCursor(after: string | undefined | null, argument = 'after'): bigint | undefined {
  if (after === undefined || after === null) return undefined;
  if (!CURSOR.test(after)) {
    throw new BadInputError(`"${after}" is not a feed cursor; pass the cursor of the last change received.`, { argument });
  }
  return BigInt(after);
}

/**
 * The committed history read in commit order, page by page: the live feeds and the grid
 * platform's pull feed both read it here. Event seqs are handed out in commit order (the
 * commit-order lock, taken by a statement trigger on every insert into event), so a reader
 * that has seen seq N has seen every event committed before it.
 */
export class EventLog {
  constructor(private readonly em: EntityManager) {}

  async page(page: EventPage): Promise<EventLogEntry[]> {
    const conditions = ['e.seq > ?'];
    const params: unknown[] = [page.after.toString()];
    if (page.upTo !== undefined) {
      conditions.push('e.seq <= ?');
      params.push(page.upTo.toString());
    }
    if (page.orderChannel !== undefined) {
      conditions.push('o.channel = ?');
      params.push(page.orderChannel);
    }
    params.push(page.limit);
    const rows = await this.em.getConnection().execute<Row[]>(
      `select e.seq, e.id, e.kind, e.subject_type, e.incident_id, e.order_id, u.id as unit_id, u.code as unit_code, o.channel as order_channel
         from event e left join "order" o on o.id = e.order_id left join unit u on u.id = coalesce(o.unit_id, e.unit_id)
        where ${conditions.join(' and ')} order by e.seq limit ?`,
      params,
      'all',
    );
    return rows.map((row) => ({
      seq: BigInt(row.seq),
      eventId: row.id,
      kind: row.kind,
      subjectType: row.subject_type,
      incidentId: row.incident_id,
      orderId: row.order_id,
      unitId: row.unit_id,
      unitCode: row.unit_code,
      orderChannel: row.order_channel,
    }));
  }

  /** The seq of the newest committed event (0 for an empty history). */
  async head(): Promise<bigint> {
    const [row] = await this.em.getConnection().execute<{ max: string | null }[]>('select max(seq)::text as max from event');
    return BigInt(row.max ?? 0);
  }

  /**
   * Recomputes the hash chain (event_chain_hash, migration Migration20261201120000_reliability)
   * over the whole history in seq order and reports the first event whose stored hash does not
   * follow from the event before it: a row changed behind the platform's back, or one before it
   * removed. The database does the work; one row comes back.
   */
  async verifyChain(): Promise<HistoryVerification> {
    const [row] = await this.em.getConnection().execute<{ checked: string; seq: string | null; id: string | null; missing: boolean | null }[]>(
      `with chain as (
         select seq, id, hash, event_chain_hash(lag(hash) over (order by seq), e) as expected from event e
       )
       select (select count(*) from chain)::text as checked, broken.seq::text as seq, broken.id, broken.hash is null as missing
         from (select 1) one
         left join lateral (select * from chain where hash is distinct from expected order by seq limit 1) broken on true`,
    );
    const result = Object.assign(new HistoryVerification(), { intact: row.seq === null, eventsChecked: Number(row.checked) });
    if (row.seq !== null) {
      Object.assign(result, {
        firstBrokenSeq: row.seq,
        firstBrokenEventId: row.id,
        reason: row.missing
          ? 'the event has no hash: it was written past the chain trigger'
          : 'its hash does not follow from the event before it: this event was changed, or the one before it was changed or removed',
      });
    }
    return result;
  }
}
