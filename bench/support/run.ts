import { setLogLevel } from '../../src/common/logger';

/** Clean-up steps of a bench run, undone in reverse order. */
export type Cleanups = (() => Promise<unknown>)[];

/**
 * Runs one bench: logs at warn unless LOG_LEVEL says otherwise, and its clean-up steps (servers,
 * databases, temporary folders) run in reverse order when it ends, fails or is interrupted
 * (exit 130). A failure sets exit code 1. Piped into `head`, stdout closes early; the run goes
 * on quietly so it still cleans up.
 */
export function runBench(body: (cleanups: Cleanups) => Promise<void>): void {
  if (!process.env.LOG_LEVEL) setLogLevel('warn');
  const cleanups: Cleanups = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((err: unknown) => console.error('clean-up step failed:', err));
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.once(signal, interrupted);
  process.stdout.on('error', () => undefined);
  body(cleanups)
    .finally(async () => {
      await cleanUp();
      for (const signal of signals) process.off(signal, interrupted);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
