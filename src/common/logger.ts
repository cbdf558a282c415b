/**
 * Structured one-line JSON logs on stderr, so stdout stays free for what a command prints
 * (the GraphQL URL, a token).
 */
type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: Level = (process.env.LOG_LEVEL as Level) in order ? (process.env.LOG_LEVEL as Level) : 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

function write(level: Exclude<Level, 'silent'>, msg: string, fields?: Record<string, unknown>): void {
  if (order[level] < order[threshold]) return;
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg, ...fields };
  if (fields?.err instanceof Error) {
    line.err = { name: fields.err.name, message: fields.err.message, stack: fields.err.stack };
  }
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

export const logger = {
  debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
};
