import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Bulk data for benches, written with plain SQL (a few multi-row statements) on top of the
 * migrated and seeded catalogue: a county's month of calls over the 13 townships, with orders
 * to the member units in every state, their deadlines from the time-limit policy and their
 * history events. Deterministic for a given seed.
 */
export interface VolumeOptions {
  incidents: number;
  /** Calls are spread over this many days before now. */
  days: number;
  seed: number;
}

export interface VolumeCounts {
  incidents: number;
  openIncidents: number;
  orders: number;
  openOrders: number;
  events: number;
}

/** Mulberry32: small, fast and good enough to shape test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T extends string>(random: () => number, table: [T, number][]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}

/** Calls as the desk writes them down: dialect, several topics, about 40 to 100 characters. */
export const CALL_TEXTS = [
  '小区电梯困人，卡在五楼和六楼中间，里面有一个老人和两个娃娃，物业电话打不通',
  '屋头莫得水已经停起两天了，整个西街都停水，楼下那根水管好像爆了，路上都淹了',
  '317国道边上山体滑坡，泥巴石头把路堵了一半，有车辆被困，后面还在往下掉石头',
  '在馆子里打了三个月工，老板一分钱工资都没给，现在老板跑路了电话也不接',
  '宽带断了一天了，说是光缆被施工队挖断了，店里做生意全靠网络，损失很大',
  '有个厂子晚上偷偷往杂谷脑河里排黑水，河里的鱼都死了，附近村民都闻得到臭味',
  '村口变压器冒烟，整个村子停电了，冰箱里的东西都要坏了，请供电所尽快来看看',
  '路边有一头牛被车撞了躺在路中间，过往车辆很多，担心再出事故，请来处理',
  '邻居家的狗天天晚上叫，还咬伤了一个娃娃，跟他说了好几次都不管',
  '学校门口的摊贩卖过期食品，好几个学生吃了拉肚子，希望市场监管来查一下',
  '老人走失了，七十多岁，有点糊涂，穿蓝色棉衣，早上出门到现在都没回来',
  '山上有人烧荒，火势有点大，离林子不远，风又大，怕烧到山林里去',
];

const OPEN_ORDER_STATES = ['ISSUED', 'SIGNED', 'ON_SCENE', 'HANDLING', 'DISPUTED'];

type Policy = { sign: number; arrive: number; feedback: number; dispute: number };

/** Deadlines as OrderWorkflow.issue fixes them; UNSPECIFIED units answer like PHONE_DUTY. */
export function policyKey(urgency: string, dutyMode: string): string {
  return `${urgency}/${dutyMode === 'UNSPECIFIED' ? 'PHONE_DUTY' : dutyMode}`;
}

export async function loadPolicies(client: Client): Promise<Map<string, Policy>> {
  const { rows } = await client.query<{ urgency: string; duty_mode: string } & Policy>(
    `select urgency, duty_mode, sign_within_minutes sign, arrive_within_minutes arrive,
            feedback_within_minutes feedback, dispute_within_minutes dispute from time_limit_policy`,
  );
  return new Map(rows.map((row) => [policyKey(row.urgency, row.duty_mode), row]));
}

/** Column-wise rows for `insert ... select * from unnest($1::type[], ...)`. */
class Columns {
  readonly values: unknown[][];
  constructor(readonly names: string[], readonly types: string[]) {
    this.values = names.map(() => []);
  }
  push(row: unknown[]): void {
    row.forEach((value, i) => this.values[i].push(value));
  }
  get length(): number {
    return this.values[0].length;
  }
  async insertInto(client: Client, table: string): Promise<void> {
    const params = this.types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    await client.query(`insert into "${table}" (${this.names.map((n) => `"${n}"`).join(', ')}) select * from unnest(${params})`, this.values);
  }
}

export function incidentColumns(): Columns {
  return new Columns(
    ['id', 'status', 'classification', 'no_dispatch_reason', 'callback_number', 'area_id', 'address', 'description', 'received_at', 'intake_channel', 'classified_at', 'closed_at', 'closing_note'],
    ['uuid', 'text', 'text', 'text', 'text', 'uuid', 'text', 'text', 'timestamptz', 'text', 'timestamptz', 'timestamptz', 'text'],
  );
}

export function eventColumns(): Columns {
  return new Columns(
    ['id', 'subject_type', 'incident_id', 'order_id', 'kind', 'actor_id', 'actor_role', 'actor_unit', 'channel', 'occurred_at', 'before', 'after'],
    ['uuid', 'text', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'timestamptz', 'jsonb', 'jsonb'],
  );
}

/** Writes the volume in one transaction; returns what was written. */
export async function seedVolume(databaseUrl: string, options: VolumeOptions): Promise<VolumeCounts> {
  const random = prng(options.seed);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const areas = (await client.query<{ id: string; code: string }>(`select id, code from area where kind in ('TOWN', 'XIANG') order by code`)).rows;
    const units = (await client.query<{ id: string; code: string; duty_mode: string }>(`select id, code, duty_mode from unit where active order by rank`)).rows;
    const policies = await loadPolicies(client);
    if (areas.length === 0 || units.length === 0 || policies.size === 0) throw new Error('seed the catalogue (migrateAndSeed) before the volume');
    // The county seat takes most calls; the high valleys few.
    const areaWeights: [string, number][] = areas.map((a) => [a.id, a.code === 'zagunao' ? 8 : a.code === 'xuecheng' || a.code === 'miyaluo' ? 3 : 1]);
    const police = units.find((u) => u.code === 'police')!;
    const others = units.filter((u) => u !== police);

    const incidents = incidentColumns();
    const orders = new Columns(
      ['id', 'incident_id', 'unit_id', 'status', 'channel', 'urgency', 'issued_at', 'signed_at', 'arrived_at', 'completed_at', 'disputed_at', 'cancelled_at',
        'sign_deadline', 'arrive_deadline', 'feedback_deadline', 'dispute_deadline', 'ruling_deadline', 'overdue', 'overdue_since'],
      ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz',
        'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'timestamptz', 'bool', 'timestamptz'],
    );
    const events = eventColumns();
    const desk = ['dev-dispatcher', 'dispatcher', null, 'DESK'];
    const now = Date.now();
    const minute = 60_000;
    const counts: VolumeCounts = { incidents: 0, openIncidents: 0, orders: 0, openOrders: 0, events: 0 };

    for (let n = 0; n < options.incidents; n++) {
      const ageDays = random() * options.days;
      const received = new Date(now - ageDays * 86_400_000);
      // Recent calls are still being handled; older ones are mostly closed.
      const open = random() < (ageDays < 1 ? 0.7 : ageDays < 3 ? 0.35 : 0.04);
      const status = open ? weighted(random, [['RECEIVED', 8], ['CLASSIFIED', 10], ['DISPATCHED', 82]]) : 'CLOSED';
      const classification =
        status === 'RECEIVED' ? null : status === 'CLOSED' && random() < 0.35 ? 'NO_DISPATCH' : weighted(random, [['LINKAGE', 70], ['JOINT', 20], ['POLICE', 10]]);
      const classifiedAt = classification ? new Date(received.getTime() + (1 + random() * 4) * minute) : null;
      const issuedAt = classifiedAt ? new Date(classifiedAt.getTime() + (1 + random() * 5) * minute) : null;
      const closedAt = status === 'CLOSED' ? new Date((issuedAt ?? classifiedAt ?? received).getTime() + (30 + random() * 600) * minute) : null;
      const id = randomUUID();
      incidents.push([
        id, status, classification, classification === 'NO_DISPATCH' ? weighted(random, [['ADVICE_GIVEN', 5], ['MISDIAL', 2], ['NUISANCE', 1], ['DUPLICATE', 2]]) : null,
        `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, weighted(random, areaWeights), `${1 + Math.floor(random() * 40)}号附近`,
        `${CALL_TEXTS[Math.floor(random() * CALL_TEXTS.length)]}（第${n + 1}号来电）`, received, weighted(random, [['CALL_110', 85], ['SMS_110', 5], ['WALK_IN', 4], ['GRID', 6]]),
        classifiedAt, closedAt, closedAt ? '处置完毕 handled' : null,
      ]);
      counts.incidents++;
      if (status !== 'CLOSED') counts.openIncidents++;
      events.push([randomUUID(), 'INCIDENT', id, null, 'INCIDENT_REPORTED', ...desk, received, null, JSON.stringify({ status: 'RECEIVED' })]);
      if (classifiedAt) {
        events.push([randomUUID(), 'INCIDENT', id, null, 'INCIDENT_CLASSIFIED', ...desk, classifiedAt, JSON.stringify({ status: 'RECEIVED' }), JSON.stringify({ status: 'CLASSIFIED', classification })]);
      }
      const dispatched = issuedAt && classification !== 'NO_DISPATCH' && status !== 'CLASSIFIED';
      if (!dispatched) continue;

      const orderCount = classification === 'POLICE' ? 1 : Number(weighted(random, [['1', 45], ['2', 35], ['3', 15], ['4', 5]]));
      const pool = [...others];
      const chosen = classification === 'POLICE' || classification === 'JOINT' ? [police] : [];
      while (chosen.length < orderCount) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
      events.push([randomUUID(), 'INCIDENT', id, null, 'INCIDENT_DISPATCHED', ...desk, issuedAt, JSON.stringify({ status: 'CLASSIFIED' }), JSON.stringify({ status: 'DISPATCHED', units: chosen.map((u) => u.code) })]);
      for (const unit of chosen) {
        const urgency = weighted(random, [['EMERGENCY', 15], ['URGENT', 45], ['ROUTINE', 40]]);
        const policy = policies.get(policyKey(urgency, unit.duty_mode))!;
        const after = (m: number) => new Date(issuedAt.getTime() + m * minute);
        const deadlines = { sign: after(policy.sign), arrive: after(policy.arrive), feedback: after(policy.feedback), dispute: after(policy.dispute) };
        const orderStatus = open
          ? weighted(random, [['ISSUED', 25], ['SIGNED', 25], ['ON_SCENE', 15], ['HANDLING', 20], ['COMPLETED', 12], ['DISPUTED', 3]])
          : weighted(random, [['COMPLETED', 90], ['CANCELLED', 10]]);
        const reached = (state: string) => ['SIGNED', 'ON_SCENE', 'HANDLING', 'COMPLETED'].indexOf(orderStatus) >= ['SIGNED', 'ON_SCENE', 'HANDLING', 'COMPLETED'].indexOf(state);
        const signedAt = reached('SIGNED') ? after(policy.sign * random()) : null;
        const arrivedAt = reached('ON_SCENE') ? after(policy.sign + (policy.arrive - policy.sign) * random()) : null;
        const completedAt = orderStatus === 'COMPLETED' ? after(policy.arrive + (policy.feedback - policy.arrive) * random()) : null;
        const pending = orderStatus === 'ISSUED' ? deadlines.sign : orderStatus === 'SIGNED' ? deadlines.arrive : ['ON_SCENE', 'HANDLING'].includes(orderStatus) ? deadlines.feedback : null;
        const overdue = pending !== null && pending.getTime() < now;
        const orderId = randomUUID();
        const channel = random() < 0.7 ? 'GRID' : 'PHONE';
        const disputedAt = orderStatus === 'DISPUTED' ? after(policy.dispute * random()) : null;
        // As disputeOrder sets it: the dispute window again from the dispute.
        const rulingDeadline = disputedAt ? new Date(disputedAt.getTime() + policy.dispute * minute) : null;
        orders.push([
          orderId, id, unit.id, orderStatus, channel, urgency, issuedAt, signedAt, arrivedAt, completedAt,
          disputedAt, orderStatus === 'CANCELLED' ? after(30) : null,
          deadlines.sign, deadlines.arrive, deadlines.feedback, deadlines.dispute, rulingDeadline, overdue, overdue ? pending : null,
        ]);
        counts.orders++;
        if (OPEN_ORDER_STATES.includes(orderStatus)) counts.openOrders++;
        events.push([randomUUID(), 'ORDER', id, orderId, 'ORDER_ISSUED', ...desk, issuedAt, null, JSON.stringify({ status: 'ISSUED', unit: unit.code, urgency })]);
        const unitActor = [`dev-unit_operator-${unit.code}`, 'unit_operator', unit.code, 'UNIT_CONSOLE'];
        const steps: [string, Date | null, string][] = [['ORDER_SIGNED', signedAt, 'SIGNED'], ['ORDER_ARRIVED', arrivedAt, 'ON_SCENE'], ['ORDER_COMPLETED', completedAt, 'COMPLETED']];
        for (const [kind, at, to] of steps) {
          if (at) events.push([randomUUID(), 'ORDER', id, orderId, kind, ...unitActor, at, null, JSON.stringify({ status: to })]);
        }
      }
    }

    await client.query('begin');
    await incidents.insertInto(client, 'incident');
    await orders.insertInto(client, 'order');
    await events.insertInto(client, 'event');
    await client.query('commit');
    await client.query('analyze incident, "order", event');
    counts.events = events.length;
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * Calls reported and classified LINKAGE, each waiting for its orders: what a dispatch bench
 * dispatches. `areaFor(n, areaCount)` picks each call's township by index.
 */
export async function prepareDispatchable(
  databaseUrl: string,
  count: number,
  areaFor: (n: number, areaCount: number) => number = (n, areaCount) => n % areaCount,
): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const areas = (await client.query<{ id: string }>(`select id from area where kind in ('TOWN', 'XIANG') order by code`)).rows;
    const incidents = incidentColumns();
    const events = eventColumns();
    const ids: string[] = [];
    const now = Date.now();
    for (let n = 0; n < count; n++) {
      const id = randomUUID();
      const received = new Date(now - (count - n) * 1000);
      const classified = new Date(received.getTime() + 500);
      ids.push(id);
      incidents.push([
        id, 'CLASSIFIED', 'LINKAGE', null, '13900001111', areas[areaFor(n, areas.length)].id, '待派单地址',
        CALL_TEXTS[n % CALL_TEXTS.length], received, 'CALL_110', classified, null, null,
      ]);
      events.push([randomUUID(), 'INCIDENT', id, null, 'INCIDENT_REPORTED', 'dev-dispatcher', 'dispatcher', null, 'DESK', received, null, JSON.stringify({ status: 'RECEIVED' })]);
      events.push([randomUUID(), 'INCIDENT', id, null, 'INCIDENT_CLASSIFIED', 'dev-dispatcher', 'dispatcher', null, 'DESK', classified,
        JSON.stringify({ status: 'RECEIVED' }), JSON.stringify({ status: 'CLASSIFIED', classification: 'LINKAGE' })]);
    }
    await client.query('begin');
    await incidents.insertInto(client, 'incident');
    await events.insertInto(client, 'event');
    await client.query('commit');
    await client.query('analyze incident, event');
    return ids;
  } finally {
    await client.end();
  }
}
