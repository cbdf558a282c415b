import path from 'node:path';
import { caseNumberPatternProblem } from '../modules/incidents/incident.case-number';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../modules/incidents/incident.settings';
import { gridHttpSettingsFromEnv, GridSettingsError, type GridHttpSettings } from '../../integrations/grid';

/**
 * The one validated configuration object. Read once at start; a bad value stops the
 * process with a message naming the variable, rather than failing later at first use.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started under dataDir. */
  databaseUrl?: string;
  /**
   * A direct session connection to the same database (DATABASE_LISTEN_URL) for what needs one:
   * the live feed's LISTEN and the migration lock. Set it when DATABASE_URL goes through a
   * transaction-pooling PgBouncer, where LISTEN and session advisory locks do not work; it
   * defaults to DATABASE_URL.
   */
  databaseListenUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Pool size per process. */
  dbPoolMax: number;
  /**
   * The longest one SQL statement may run (server-side statement_timeout, and a client-side
   * bound a little longer for a server that does not answer at all): no request hangs on the
   * database. A statement cut short is SERVICE_UNAVAILABLE.
   */
  dbStatementTimeoutMs: number;
  /** The longest a request waits for a pooled connection (or for a new one to connect). */
  dbAcquireTimeoutMs: number;
  /** The Retry-After (seconds) sent with SERVICE_UNAVAILABLE. */
  retryAfterSeconds: number;
  shutdownGraceMs: number;
  /** How often this process looks for orders past a deadline; 0 turns the sweep off. */
  overdueSweepMs: number;
  /** Keycloak when configured; otherwise development tokens signed with a key in dataDir. */
  auth: { mode: 'keycloak'; keycloak: KeycloakConfig } | { mode: 'dev' };
  /** Schema introspection; on outside production unless turned off. */
  introspection: boolean;
  /**
   * The GraphiQL explorer at GET /graphql (for browsers) and /explorer (EXPLORER); on outside
   * production, off in production unless turned on. It mints development tokens only in dev
   * auth mode, which production never has.
   */
  explorer: boolean;
  /**
   * TRUSTED_DOCUMENTS=only: the API runs only the operations of the trusted-documents manifest
   * (schema/trusted-documents.json, or TRUSTED_DOCUMENTS_MANIFEST), sent by hash or as that exact
   * text; anything else is refused with TRUSTED_DOCUMENT_REQUIRED. Off by default.
   */
  trustedDocuments: { mode: 'off' } | { mode: 'only'; manifestFile?: string };
  grid: GridConfig;
  rosters: RosterConfig;
  intake: IntakeConfig;
  backup: BackupConfig;
}

export interface IntakeConfig {
  /** 警情编号 pattern (CASE_NUMBER_PATTERN), e.g. LX110-{yyyyMMdd}-{seq:4}. */
  caseNumberPattern: string;
  /** IANA zone of the case number's date and per-day sequence (CASE_NUMBER_TIME_ZONE). */
  caseNumberTimeZone: string;
}

export interface BackupConfig {
  /** Local time (HH:MM, in ROSTER_TIME_ZONE) of the daily backup (BACKUP_DAILY_AT); off when absent. */
  dailyAt?: string;
  /** Daily backups kept, the newest (BACKUP_KEEP). */
  keep: number;
  /** Where they go (BACKUP_DIR; DATA_DIR/backups by default). */
  dir: string;
}

export interface RosterConfig {
  /** IANA zone in which roster rules, handoff times and holidays are read (ROSTER_TIME_ZONE). */
  timeZone: string;
  /** Short internal phone numbers accepted besides mobiles and landlines (PHONE_SHORT_PATTERN, a regular expression). */
  shortPhonePattern: RegExp;
  /** Largest XLSX accepted by POST /rosters/import (ROSTER_IMPORT_MAX_BYTES). */
  importMaxBytes: number;
  /** How often the coverage check runs (ROSTER_COVERAGE_MS; it posts once a day per unit); 0 turns it off. */
  coverageMs: number;
}

export interface GridConfig {
  /** The grid platform's API; mirroring is off without it. */
  api?: GridHttpSettings;
  /** Secrets that sign the grid platform's webhooks; the webhook endpoint is off without them. */
  webhookSecrets: string[];
  /** Department and stage mapping file; the bundled default otherwise. */
  mappingFile?: string;
  relayMs: number;
  reconcileMs: number;
}

export interface KeycloakConfig {
  url: string;
  realm: string;
  clientId: string;
  realmPublicKey?: string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env, name: 'DATABASE_URL' | 'DATABASE_LISTEN_URL' = 'DATABASE_URL'): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must use the postgres:// scheme, got "${url.protocol}"`);
  }
  return raw;
}

function databaseListenUrl(env: Env): string | undefined {
  const listen = databaseUrl(env, 'DATABASE_LISTEN_URL');
  if (listen !== undefined && databaseUrl(env) === undefined) {
    throw new ConfigError('DATABASE_LISTEN_URL', 'needs DATABASE_URL as well (the embedded database takes neither)');
  }
  return listen;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function auth(env: Env, nodeEnv: AppConfig['nodeEnv']): AppConfig['auth'] {
  const names = ['KEYCLOAK_URL', 'KEYCLOAK_REALM', 'KEYCLOAK_CLIENT_ID'] as const;
  const given = names.filter((name) => env[name]);
  if (given.length === 0) {
    if (nodeEnv === 'production') {
      throw new ConfigError(
        'KEYCLOAK_URL',
        'is required in production: set KEYCLOAK_URL, KEYCLOAK_REALM and KEYCLOAK_CLIENT_ID (and KEYCLOAK_REALM_PUBLIC_KEY to verify offline). Development tokens are refused in production.',
      );
    }
    return { mode: 'dev' };
  }
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0) throw new ConfigError(missing[0], `must be set together with ${given.join(', ')}`);
  return {
    mode: 'keycloak',
    keycloak: {
      url: env.KEYCLOAK_URL!,
      realm: env.KEYCLOAK_REALM!,
      clientId: env.KEYCLOAK_CLIENT_ID!,
      realmPublicKey: env.KEYCLOAK_REALM_PUBLIC_KEY || undefined,
    },
  };
}

function grid(env: Env): GridConfig {
  let api: GridHttpSettings | undefined;
  if (env.GRID_API_URL) {
    try {
      api = gridHttpSettingsFromEnv(env as NodeJS.ProcessEnv);
    } catch (err) {
      if (err instanceof GridSettingsError) throw new ConfigError(err.setting, err.message.slice(err.setting.length + 2));
      throw err;
    }
  }
  return {
    api,
    webhookSecrets: (env.GRID_WEBHOOK_SECRET ?? '').split(/\s+/).filter(Boolean),
    mappingFile: env.GRID_MAPPING_FILE || undefined,
    relayMs: integer(env, 'GRID_RELAY_MS', 2000, 100, 3600000),
    reconcileMs: integer(env, 'GRID_RECONCILE_MS', 600000, 0, 86400000),
  };
}

function rosters(env: Env): RosterConfig {
  const timeZone = env.ROSTER_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
  } catch {
    throw new ConfigError('ROSTER_TIME_ZONE', `must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
  }
  const raw = env.PHONE_SHORT_PATTERN || '^\\d{3,6}$';
  let shortPhonePattern: RegExp;
  try {
    shortPhonePattern = new RegExp(raw);
  } catch {
    throw new ConfigError('PHONE_SHORT_PATTERN', `must be a regular expression, got "${raw}"`);
  }
  if (!raw.startsWith('^') || !raw.endsWith('$')) throw new ConfigError('PHONE_SHORT_PATTERN', 'must be anchored with ^ and $ so it matches whole numbers');
  return {
    timeZone,
    shortPhonePattern,
    importMaxBytes: integer(env, 'ROSTER_IMPORT_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    coverageMs: integer(env, 'ROSTER_COVERAGE_MS', 3_600_000, 0, 86_400_000),
  };
}

function intake(env: Env): IntakeConfig {
  const caseNumberPattern = env.CASE_NUMBER_PATTERN || DEFAULT_CASE_NUMBER_PATTERN;
  const problem = caseNumberPatternProblem(caseNumberPattern);
  if (problem) throw new ConfigError('CASE_NUMBER_PATTERN', problem);
  const caseNumberTimeZone = env.CASE_NUMBER_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: caseNumberTimeZone }).format(0);
  } catch {
    throw new ConfigError('CASE_NUMBER_TIME_ZONE', `must be an IANA time zone such as Asia/Shanghai, got "${caseNumberTimeZone}"`);
  }
  return { caseNumberPattern, caseNumberTimeZone };
}

function trustedDocuments(env: Env): AppConfig['trustedDocuments'] {
  const mode = oneOf(env, 'TRUSTED_DOCUMENTS', ['off', 'only'] as const, 'off');
  if (mode === 'off') return { mode };
  return { mode, manifestFile: env.TRUSTED_DOCUMENTS_MANIFEST ? path.resolve(env.TRUSTED_DOCUMENTS_MANIFEST) : undefined };
}

function backup(env: Env, dataDir: string): BackupConfig {
  const dailyAt = env.BACKUP_DAILY_AT || undefined;
  if (dailyAt !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(dailyAt)) {
    throw new ConfigError('BACKUP_DAILY_AT', `must be a time of day HH:MM such as 02:30, got "${dailyAt}"`);
  }
  return { dailyAt, keep: integer(env, 'BACKUP_KEEP', 7, 1, 3650), dir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')) };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  return {
    nodeEnv,
    auth: auth(env, nodeEnv),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    explorer: flag(env, 'EXPLORER', nodeEnv !== 'production'),
    trustedDocuments: trustedDocuments(env),
    grid: grid(env),
    rosters: rosters(env),
    intake: intake(env),
    backup: backup(env, path.resolve(env.DATA_DIR || '.data')),
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    databaseListenUrl: databaseListenUrl(env),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    dbPoolMax: integer(env, 'DB_POOL_MAX', 10, 1, 200),
    dbStatementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 100, 600000),
    dbAcquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 3000, 100, 600000),
    retryAfterSeconds: integer(env, 'RETRY_AFTER_SECONDS', 2, 1, 3600),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600000),
    overdueSweepMs: integer(env, 'OVERDUE_SWEEP_MS', 30000, 0, 3600000),
  };
}
