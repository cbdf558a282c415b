/**
 * Process counters in the Prometheus text format (GET /metrics). Counters only: rates and
 * sums across replicas are the scraper's job.
 */
const counters = new Map<string, { help: string; value: number }>();

export function counter(name: string, help: string) {
  if (!counters.has(name)) counters.set(name, { help, value: 0 });
  const entry = counters.get(name)!;
  return {
    inc(by = 1) {
      entry.value += by;
    },
    get value() {
      return entry.value;
    },
  };
}

export function renderMetrics(): string {
  return [...counters.entries()]
    .map(([name, { help, value }]) => `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`)
    .join('');
}
