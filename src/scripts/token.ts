/**
 * `npm run token -- --role <role> [--unit <code>] [--ttl 30m] [--sub <id>] [--name <name>]`
 *
 * Prints one development access token on stdout and nothing else, so it can be
 * captured with $(npm run --silent token -- ...) (without --silent npm adds its
 * own banner to stdout). The signing key is the one the server uses in dev mode:
 * <DATA_DIR>/dev-keys, DATA_DIR defaulting to ./.data.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DevModeError, ROLES, devKeyDir, isRole, signDevToken, type Role } from '../../integrations/keycloak';
import unitsData from '../db/seeders/data/units.json';

/** The member units of the notice: the catalogue every database is seeded with, and the only units there are. */
const UNIT_CODES: readonly string[] = unitsData.units.map((unit) => unit.code);

const USAGE = `usage: npm run token -- --role <role>[,<role>...] [--unit <unit code>] [--ttl <30m|8h|3600s|1d>] [--sub <subject>] [--name <display name>]
roles: ${ROLES.join(', ')}`;

export class TokenCliError extends Error {
  constructor(
    readonly reason: 'USAGE' | 'PRODUCTION',
    message: string,
  ) {
    super(message);
    this.name = 'TokenCliError';
  }
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "30m", "8h", "3600s", "1d" or a bare number of seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * (DURATION_UNITS[match[2] || 's'] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new TokenCliError('USAGE', `--ttl ${JSON.stringify(text)} is not a duration like 30m, 8h or 3600s.`);
  }
  return seconds;
}

export function resolveDataDir(env: NodeJS.ProcessEnv, cwd: string): string {
  return path.resolve(cwd, env.DATA_DIR?.trim() || '.data');
}

export function mintToken(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  if (env.NODE_ENV === 'production') {
    throw new TokenCliError('PRODUCTION', 'Refusing to mint a development token with NODE_ENV=production.');
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string', multiple: true },
        unit: { type: 'string' },
        ttl: { type: 'string' },
        sub: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new TokenCliError('USAGE', error instanceof Error ? error.message : String(error));
  }
  const roles = (values.role ?? []).flatMap((entry) => entry.split(',')).map((role) => role.trim()).filter(Boolean);
  if (roles.length === 0) {
    throw new TokenCliError('USAGE', '--role is required.');
  }
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new TokenCliError('USAGE', `Unknown role ${unknown.join(', ')}.`);
  }
  if (values.unit !== undefined && !UNIT_CODES.includes(values.unit)) {
    throw new TokenCliError('USAGE', `Unknown unit code ${JSON.stringify(values.unit)}; the member units are: ${UNIT_CODES.join(', ')}.`);
  }
  return signDevToken(resolveDataDir(env, cwd), {
    role: roles as Role[],
    ...(values.unit !== undefined ? { unit: values.unit } : {}),
    ...(values.ttl !== undefined ? { ttlSeconds: parseDuration(values.ttl) } : {}),
    ...(values.sub !== undefined ? { subject: values.sub } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
  });
}

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, cwd: string, output: CliOutput): Promise<number> {
  try {
    output.stdout(`${await mintToken(argv, env, cwd)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TokenCliError || error instanceof DevModeError) {
      output.stderr(`token: ${error.message}\n`);
      if (error instanceof TokenCliError && error.reason === 'USAGE') output.stderr(`${USAGE}\n`);
    } else {
      output.stderr(`token: could not mint a token with the key in ${devKeyDir(resolveDataDir(env, cwd))}: ${String(error)}\n`);
    }
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), process.env, process.cwd(), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => (process.exitCode = code));
}
