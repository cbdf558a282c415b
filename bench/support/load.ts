import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * A small closed-loop HTTP load generator for 127.0.0.1. It runs in a worker thread, so the
 * client's JSON and socket work does not share the event loop of the server under test.
 */
export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Request bodies; request i sends bodies[i], or bodies[i % length] when `cycle` is set. */
  bodies: string[];
  cycle: boolean;
  /** Requests in flight at any moment. */
  concurrency: number;
  /** Untimed requests first, to warm caches, JIT and connection pools ... */
  warmUpRequests: number;
  /** ... for no longer than this. */
  warmUpMaxMs: number;
  /** Timed requests at most ... */
  requests: number;
  /** ... and no longer than this (the timed phase stops issuing new requests then). */
  maxMs: number;
  /** A response counts as an error unless its status is 200 and its body lacks this text. Warm-up errors count too. */
  errorMarker: string;
}

export interface LoadResult {
  /** Requests sent to warm up: bodies[0 .. warmUpCompleted - 1]. */
  warmUpCompleted: number;
  /** Timed requests: the bodies after those. */
  completed: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

interface WorkerInput {
  linkage110Load: LoadSpec;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function generate(spec: LoadSpec): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const target = new URL(spec.url);
  const needed = spec.warmUpRequests + spec.requests;
  if (!spec.cycle && spec.bodies.length < needed) {
    throw new Error(`${needed} requests need as many bodies; ${spec.bodies.length} given`);
  }
  const send = (index: number): Promise<{ ok: boolean; text: string }> =>
    new Promise((resolve, reject) => {
      const body = spec.bodies[spec.cycle ? index % spec.bodies.length : index];
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: spec.method,
          headers: { ...spec.headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ ok: res.statusCode === 200 && !text.includes(spec.errorMarker), text });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      // Bounded even when a server stops answering.
      req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
      req.end(body || undefined);
    });

  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const phase = async (until: number, deadline: number, timed: boolean) => {
    const lane = async () => {
      while (next < until && Date.now() < deadline) {
        const index = next++;
        const t0 = process.hrtime.bigint();
        let outcome: { ok: boolean; text: string };
        try {
          outcome = await send(index);
        } catch (err) {
          outcome = { ok: false, text: String(err) };
        }
        if (!outcome.ok) {
          errors++;
          firstError ??= outcome.text.slice(0, 500);
        }
        if (timed) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, lane));
  };

  await phase(spec.warmUpRequests, Date.now() + spec.warmUpMaxMs, false);
  const warmUpCompleted = next;
  const started = process.hrtime.bigint();
  await phase(warmUpCompleted + spec.requests, Date.now() + spec.maxMs, true);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    warmUpCompleted,
    completed: latencies.length,
    errors,
    firstError,
    elapsedMs,
    rps: latencies.length / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** Runs one load in a fresh worker thread and resolves with what it measured. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { linkage110Load: spec } satisfies WorkerInput });
    let result: LoadResult | undefined;
    worker.once('message', (message: LoadResult) => {
      result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load worker exited with code ${code}`))));
  });
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.linkage110Load) {
  // A failure rejects unhandled, which ends the worker with an 'error' event runLoad reports.
  void generate((workerData as WorkerInput).linkage110Load).then((result) => parentPort!.postMessage(result));
}
