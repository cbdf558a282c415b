/**
 * 警情检索 on 100,000 incidents: the jieba tsvector search against the substring search it
 * replaced, in the same run on the same data.
 *   npm run bench:search
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, writes 100,000 calls (search columns computed by the same functions as
 * intake), then times, in rounds:
 *  - IncidentService.search (searchIncidents: ranked, best first, 20 hits) for a set of desk
 *    searches: Chinese words, a phone number, an address, a caller, a case number;
 *  - the baseline: the former list filter, `description ilike '%text%'` served by its trigram
 *    index, newest first, 20 rows (it finds only calls that contain the typed text verbatim);
 *  - Incident.relatedCalls for single incidents (the loader the resolver uses);
 * and reports the sizes of both indexes and the cost of computing the search columns at intake.
 * Ends with one `RESULT ...` line. Figures go in docs/BENCHMARKS.md; nothing asserts on them.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { relatedCallsLoader } from '../src/modules/incidents/incident.related';
import { matterWords, placeKey, searchVector } from '../src/modules/incidents/incident.search';
import { IncidentService } from '../src/modules/incidents/incident.service';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';
import { CALL_TEXTS, prng } from './support/volume';

const INCIDENTS = 100_000;
const DAYS = 365;
const BATCH = 5_000;
const ROUNDS = 5;
const PER_QUERY = 20;
const RELATED_SAMPLES = 200;

const EXTRA_TEXTS = [
  '有人被困在电梯里出不来，按了警铃没人应',
  '楼下着火了，浓烟很大，好多人在往外跑',
  '两个人在菜市场打架，有人受伤流血了',
  '下水道井盖不见了，晚上很危险',
  '路灯坏了一个月了，晚上黑漆漆的',
  '隔壁装修太吵，晚上十二点还在打电钻',
  '车子被人刮了，对方跑了',
  '小孩在河边玩水，找不到人了',
];
const TEXTS = [...CALL_TEXTS, ...EXTRA_TEXTS];
const PLACES = ['朝阳小区', '西街', '东门市场', '杂谷脑镇中心小学', '桃坪村', '米亚罗景区', '古尔沟温泉酒店', '县医院', '汽车站', '新华书店'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '建国', '秀英'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function writeVolume(client: Client, random: () => number): Promise<{ callers: string[]; caseNumbers: string[]; vectorMicros: number }> {
  const areas = (await client.query<{ id: string }>(`select id from area where kind in ('TOWN', 'XIANG') order by code`)).rows.map((r) => r.id);
  const callers = Array.from({ length: 20_000 }, (_, i) => `139${String(10_000_000 + i * 37).padStart(8, '0')}`);
  const perDay = new Map<string, number>();
  const caseNumbers: string[] = [];
  const start = Date.UTC(2026, 0, 1);
  let vectorMs = 0;
  for (let done = 0; done < INCIDENTS; done += BATCH) {
    const cols: unknown[][] = Array.from({ length: 12 }, () => []);
    for (let i = 0; i < BATCH; i++) {
      const receivedAt = new Date(start + Math.floor(random() * DAYS * 86_400_000));
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(receivedAt).replace(/-/g, '');
      const seq = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, seq);
      const caseNumber = `LX110-${day}-${String(seq).padStart(4, '0')}`;
      const place = PLACES[Math.floor(random() * PLACES.length)];
      const description = `${random() < 0.5 ? place : ''}${TEXTS[Math.floor(random() * TEXTS.length)]}`;
      const address = random() < 0.7 ? `${place}${1 + Math.floor(random() * 12)}栋` : null;
      const callerName = random() < 0.6 ? `${SURNAMES[Math.floor(random() * SURNAMES.length)]}${GIVEN[Math.floor(random() * GIVEN.length)]}` : null;
      // A few callers call often: a skewed pick over the callers.
      const callbackNumber = callers[Math.floor(random() ** 3 * callers.length)];
      const t = performance.now();
      const vector = searchVector({ caseNumber, description, address, callerName, callbackNumber });
      const words = matterWords(description);
      const key = placeKey(address) ?? null;
      vectorMs += performance.now() - t;
      const row = [randomUUID(), caseNumber, areas[Math.floor(random() * areas.length)], description, address, callerName, callbackNumber, receivedAt, vector, words, key, 'CLOSED'];
      row.forEach((value, c) => cols[c].push(value));
      if (caseNumbers.length < 1000 && random() < 0.05) caseNumbers.push(caseNumber);
    }
    await client.query(
      `insert into incident (id, case_number, area_id, description, address, caller_name, callback_number, received_at, search_vector, matter_words, place_key, status, intake_channel)
       select id, cn, area, d, a, n, cb, r, cast(v as tsvector), string_to_array(mw, '|'), pk, s, 'CALL_110'
         from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[])
           as t(id, cn, area, d, a, n, cb, r, v, mw, pk, s)`,
      cols.map((col, c) => (c === 9 ? col.map((w) => (w as string[]).join('|')) : col)),
    );
  }
  await client.query(`insert into case_number_counter (scope, last_seq) select 'LX110-' || d || '-{seq}', n from unnest($1::text[], $2::int[]) as t(d, n)
    on conflict (scope) do update set last_seq = excluded.last_seq`, [[...perDay.keys()], [...perDay.values()]]);
  return { callers, caseNumbers, vectorMicros: (vectorMs * 1000) / INCIDENTS };
}

runBench(async (cleanups) => {
  const db = await openBenchDatabase('l110_bench_search');
  cleanups.push(() => db.close());
  const orm = await initOrm({ databaseUrl: db.url, poolMax: 4, statementTimeoutMs: 0 });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(() => client.end());

  const random = prng(110);
  const written = performance.now();
  const { callers, caseNumbers, vectorMicros } = await writeVolume(client, random);
  // The baseline's index: the trigram index the former substring search relied on.
  await client.query(`create index incident_description_trgm on incident using gin (description gin_trgm_ops)`);
  await client.query('vacuum analyze incident');
  console.log(`volume: ${INCIDENTS} incidents over ${DAYS} days written in ${((performance.now() - written) / 1000).toFixed(1)} s (${db.where})`);

  const sizes = (
    await client.query<{ search: string; trgm: string; table: string }>(
      `select pg_relation_size('incident_search_vector_index') search, pg_relation_size('incident_description_trgm') trgm,
              pg_total_relation_size('incident') "table"`,
    )
  ).rows[0];
  const mb = (bytes: string) => Number(bytes) / 1024 / 1024;

  const searches = ['电梯 困人', '停水', '山体滑坡', '狗 咬伤', '变压器 冒烟', '朝阳小区 3栋', '王伟', callers[0], callers[500], caseNumbers[0], caseNumbers[7], '着火 浓烟'];
  const service = () => new IncidentService(orm.em.fork());
  const baseline = async (text: string) =>
    (
      await client.query(
        `select * from incident where description ilike $1 order by received_at desc, id desc limit 20`,
        [`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
      )
    ).rowCount ?? 0;

  const hits: string[] = [];
  for (const text of searches) {
    const found = await service().search({ text }, 20);
    hits.push(`${text}: ${found.length} (substring ${await baseline(text)})`);
  }
  console.log(`hits of 20 (substring baseline's in brackets): ${hits.join('; ')}`);

  const roundP99 = { search: [] as number[], baseline: [] as number[], related: [] as number[] };
  const all = { search: [] as number[], baseline: [] as number[], related: [] as number[] };
  const sampleIds = (await client.query<{ id: string }>(`select id from incident order by md5(id::text) limit ${RELATED_SAMPLES}`)).rows.map((r) => r.id);
  for (let round = 0; round < ROUNDS; round++) {
    const times = { search: [] as number[], baseline: [] as number[], related: [] as number[] };
    for (let i = 0; i < PER_QUERY; i++) {
      for (const text of searches) {
        let t = performance.now();
        await service().search({ text }, 20);
        times.search.push(performance.now() - t);
        t = performance.now();
        await baseline(text);
        times.baseline.push(performance.now() - t);
      }
    }
    for (const id of sampleIds) {
      const t = performance.now();
      await relatedCallsLoader(orm.em.fork()).load(id);
      times.related.push(performance.now() - t);
    }
    for (const key of ['search', 'baseline', 'related'] as const) {
      const sorted = times[key].sort((a, b) => a - b);
      roundP99[key].push(percentile(sorted, 99));
      all[key].push(...sorted);
    }
    console.log(
      `round ${round + 1}: search p99 ${percentile(times.search, 99).toFixed(1)} ms, substring p99 ${percentile(times.baseline, 99).toFixed(1)} ms, relatedCalls p99 ${percentile(times.related, 99).toFixed(1)} ms`,
    );
  }
  const p = (key: keyof typeof all, q: number) => percentile([...all[key]].sort((a, b) => a - b), q);
  const searchP99 = median(roundP99.search);
  const baselineP99 = median(roundP99.baseline);
  console.log(
    `search: p50 ${p('search', 50).toFixed(1)} ms, p99 ${searchP99.toFixed(1)} ms (median of ${ROUNDS} rounds of ${PER_QUERY * searches.length}); ` +
      `substring baseline p50 ${p('baseline', 50).toFixed(1)} ms, p99 ${baselineP99.toFixed(1)} ms; relatedCalls p99 ${median(roundP99.related).toFixed(1)} ms`,
  );
  console.log(
    `indexes: search vector GIN ${mb(sizes.search).toFixed(1)} MB, description trigram GIN ${mb(sizes.trgm).toFixed(1)} MB; incident table with indexes ${mb(sizes.table).toFixed(0)} MB; ` +
      `search columns computed in ${vectorMicros.toFixed(0)} µs per incident`,
  );
  console.log(
    `RESULT incidents=${INCIDENTS} search_p50_ms=${p('search', 50).toFixed(2)} search_p99_ms=${searchP99.toFixed(2)} ` +
      `baseline_p99_ms=${baselineP99.toFixed(2)} p99_ratio=${(searchP99 / baselineP99).toFixed(2)} related_p99_ms=${median(roundP99.related).toFixed(2)} ` +
      `search_index_mb=${mb(sizes.search).toFixed(1)} trgm_index_mb=${mb(sizes.trgm).toFixed(1)} vector_us=${vectorMicros.toFixed(0)}`,
  );
});
