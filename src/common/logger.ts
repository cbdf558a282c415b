import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * Structured logs on stderr (pino), so stdout stays free for what a command prints (the GraphQL
 * URL, a token): JSON lines when stderr is a file or a pipe (a process manager, a log shipper),
 * readable lines when it is a terminal. Secrets never reach a log line: the fields below are
 * redacted wherever they appear, and an error's own message is all that is kept of it.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Field names whose values are secrets, at the top level of a log line or one level down. */
export const REDACTED_FIELDS = ['authorization', 'token', 'accessToken', 'password', 'secret', 'apiKey', 'cookie'];

function initialLevel(): LogLevel {
  const wanted = process.env.LOG_LEVEL as LogLevel;
  return LEVELS.includes(wanted) ? wanted : 'info';
}

function destination(): DestinationStream {
  if (process.stderr.isTTY && process.env.LOG_FORMAT !== 'json') {
    return pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  }
  return pino.destination({ dest: 2, sync: true });
}

/** A new pino logger writing to `stream`; the process's logger writes to stderr. */
export function createLogger(stream: DestinationStream, level: LogLevel = initialLevel()): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((field) => `*.${field}`)], censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    stream,
  );
}

let root = createLogger(destination());

export function setLogLevel(level: LogLevel): void {
  root.level = level;
}

/** Points the process's logger elsewhere (tests read what it writes). */
export function setLogDestination(stream: DestinationStream): void {
  root = createLogger(stream, root.level as LogLevel);
}

type Fields = Record<string, unknown>;

/** The platform's logger: a message and its fields, one line each. */
export const logger = {
  debug: (msg: string, fields?: Fields) => root.debug(fields ?? {}, msg),
  info: (msg: string, fields?: Fields) => root.info(fields ?? {}, msg),
  warn: (msg: string, fields?: Fields) => root.warn(fields ?? {}, msg),
  error: (msg: string, fields?: Fields) => root.error(fields ?? {}, msg),
};
