/**
 * In-process latency of one routing suggestion for a ~100-character call.
 *   npm run bench:routing
 * Warms up, then times every call separately and reports percentiles; ends with
 * `RESULT p50_ms=... p99_ms=... runs=... remembered_p50_ms=...`. Figures are for documentation,
 * not assertions. Each timed call is a text the engine has not seen (a call number is appended),
 * so the engine ranks it; a text asked again comes from the engine's memo, timed on its own.
 */
import { RoutingInputError } from '../src/modules/routing/engine';
import { buildEngine } from '../test/support/routing';

/** Realistic calls of about 100 characters, mixing dialect, typos and several topics. */
const CALLS = [
  '报警人称杂谷脑镇西街一小区电梯困人，电梯卡在五楼和六楼中间，里面有一个老人和两个娃娃，按了警铃没人应，老人有心脏病，家属很着急，请求尽快派人来救援，小区物业电话也打不通，现场有人在用手机照明。',
  '来电反映屋头莫得水已经停起两天了，整个西街都停水，自来水公司电话打不通，楼下那根水管好像爆了，水冒得老高，路上都淹了，老年人提水上楼很困难，想问啥子时候能来水，有没有送水车，现场情况紧急，请尽快处理。',
  '群众报称317国道甘堡段山上滑坡了，泥巴石头冲下来把路堵了一半，有两辆车被困在里面，一个司机腿遭压到了在流血，后面还在往下掉石头，车辆排了很长的队，请求派人来抢险救援，现场还在下雨，山上的裂缝越来越大。',
  '报警人称在馆子里打了三个月工，老板一分钱工资都没给，现在老板跑路了电话也不接，我们一起打工的有十几个人，都是外地来的，身无分文回不了家，有人已经两天没吃饭了，想找劳动部门帮忙讨薪，也想问问能不能先找个地方住。',
  '联通的宽带断了一天了，打10010说是光缆被施工队挖断了，要等一个星期才能修好，我们店里做生意全靠网络，损失很大，旁边电信和移动的用户好像没事，希望联通尽快派人抢修，另外电视也看不了，有线电视也一直显示没有信号。',
  '有个厂子晚上偷偷往杂谷脑河里排黑水，河里的鱼都死了，臭得很，附近的村民都闻得到，刺鼻的味道熏得人头痛，已经持续好几天了，还有人看到他们在河边烧东西冒黑烟，村民很气愤，要求环保部门来调查处理这个污染问题。',
];
const WARM_UP_RUNS = 1_000;
const TIMED_RUNS = 6_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main(): void {
  const started = process.hrtime.bigint();
  const engine = buildEngine();
  const builtMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`engine built in ${builtMs.toFixed(0)} ms (includes loading the jieba dictionary)`);
  console.log(`call lengths: ${CALLS.map((call) => [...call].length).join(', ')} characters`);

  // A text of its own per call: the engine keeps the suggestions of texts asked lately.
  const fresh = (i: number) => `${CALLS[i % CALLS.length]}来电编号${i}。`;
  for (let i = 0; i < WARM_UP_RUNS; i++) engine.suggest(fresh(-1 - i));
  const samples: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const text = fresh(i);
    const t0 = process.hrtime.bigint();
    engine.suggest(text);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const remembered: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const text = CALLS[i % CALLS.length];
    const t0 = process.hrtime.bigint();
    engine.suggest(text);
    remembered.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  remembered.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  console.log(`suggest(): p50 ${(p50 * 1000).toFixed(0)} µs, p90 ${(percentile(samples, 90) * 1000).toFixed(0)} µs, ` +
    `p99 ${(p99 * 1000).toFixed(0)} µs, max ${(samples[samples.length - 1] * 1000).toFixed(0)} µs`);

  const huge = '电梯困人'.repeat(25_000);
  const t0 = process.hrtime.bigint();
  try {
    engine.suggest(huge);
  } catch (error) {
    if (!(error instanceof RoutingInputError)) throw error;
  }
  console.log(`100 KB input rejected in ${(Number(process.hrtime.bigint() - t0) / 1e3).toFixed(0)} µs`);
  console.log(`suggest() of a text asked again (the engine's memo): p50 ${(percentile(remembered, 50) * 1000).toFixed(0)} µs`);
  console.log(`RESULT p50_ms=${p50.toFixed(3)} p99_ms=${p99.toFixed(3)} runs=${TIMED_RUNS} remembered_p50_ms=${percentile(remembered, 50).toFixed(3)}`);
}

main();
