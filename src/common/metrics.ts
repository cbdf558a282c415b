import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type CounterConfiguration, type GaugeConfiguration } from 'prom-client';

/**
 * The process's metrics (prom-client), served in the Prometheus text format at GET /metrics:
 * Node's default process metrics (CPU, memory, event-loop lag, GC) and the platform's own.
 * Rates and sums across replicas are the scraper's job. A metric is created once per process:
 * asking again for a name returns the one already registered.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

function once<T>(name: string, make: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? make();
}

export function counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
  return once(name, () => new Counter<L>({ name, help, labelNames, registers: [registry] } as CounterConfiguration<L>));
}

export function gauge<L extends string = never>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
  collect?: (this: Gauge<L>) => Promise<void> | void,
): Gauge<L> {
  return once(name, () => new Gauge<L>({ name, help, labelNames, registers: [registry], collect } as GaugeConfiguration<L>));
}

export function histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]): Histogram<L> {
  return once(name, () => new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] }));
}

let scrape = 0;

/** The metrics text of one scrape. */
export function renderMetrics(): Promise<string> {
  scrape++;
  return registry.metrics();
}

/**
 * A reading shared by the gauges of one scrape: several gauges filled from one SQL statement
 * run it once per scrape, never serving a value read for an earlier one.
 */
export function perScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let last: { scrape: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || last.scrape !== scrape) last = { scrape, value: read() };
    return last.value;
  };
}

export const METRICS_CONTENT_TYPE = registry.contentType;
