import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GridMappingError, loadGridMapping } from '../mapping';
import { generateWebhookSecret, WebhookSecretError } from '../webhook-signature';
import { SimulatorInputError, startGridSimulator, type GridSimulator } from './simulator';

export const DEFAULT_SIMULATOR_PORT = 4010;
export const DEFAULT_CALLBACK_URL = 'http://127.0.0.1:4000/integrations/grid/webhook';
/** Where the simulator keeps the key and secret it generated, so a restart does not change them. */
export const DEFAULT_STATE_FILE = '.data/grid-sim.json';

export interface SimulatorCliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface SavedCredentials {
  apiKey?: string;
  webhookSecret?: string;
}

function readSaved(file: string): SavedCredentials {
  if (!existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedCredentials;
    return { apiKey: typeof saved.apiKey === 'string' ? saved.apiKey : undefined, webhookSecret: typeof saved.webhookSecret === 'string' ? saved.webhookSecret : undefined };
  } catch {
    throw new SimulatorInputError(`GRID_SIM_STATE_FILE ${file} is not the simulator's JSON; remove it to have new credentials generated`);
  }
}

/**
 * `npm run grid:sim`. Its own variables come first: GRID_SIM_PORT (default 4010; the API's
 * PORT is not read), GRID_SIM_HOST, GRID_SIM_API_KEY, GRID_SIM_WEBHOOK_SECRET (several
 * space-separated sign each webhook with all of them), GRID_CALLBACK_URL, GRID_MAPPING_FILE.
 * Without a key or secret it takes the platform's GRID_API_KEY and GRID_WEBHOOK_SECRET (one
 * environment file for both), and otherwise the ones it generated on its first start, kept in
 * GRID_SIM_STATE_FILE (default .data/grid-sim.json), so the platform's settings stay valid
 * across restarts.
 */
export async function main(env: NodeJS.ProcessEnv, output: SimulatorCliOutput): Promise<GridSimulator> {
  const portText = env.GRID_SIM_PORT || String(DEFAULT_SIMULATOR_PORT);
  if (!/^\d{1,5}$/u.test(portText) || Number(portText) > 65_535) throw new SimulatorInputError(`GRID_SIM_PORT "${portText}" is not a port number`);
  const stateFile = path.resolve(env.GRID_SIM_STATE_FILE || DEFAULT_STATE_FILE);
  const saved = readSaved(stateFile);
  const secretText = env.GRID_SIM_WEBHOOK_SECRET || env.GRID_WEBHOOK_SECRET || saved.webhookSecret || generateWebhookSecret();
  const apiKey = env.GRID_SIM_API_KEY || env.GRID_API_KEY || saved.apiKey || `gridsim_${randomBytes(18).toString('base64url')}`;
  const simulator = await startGridSimulator({
    port: Number(portText),
    host: env.GRID_SIM_HOST || '127.0.0.1',
    apiKey,
    secret: secretText.split(/\s+/u).filter(Boolean),
    callbackUrl: env.GRID_CALLBACK_URL || DEFAULT_CALLBACK_URL,
    departmentIds: loadGridMapping({ env }).departments().values(),
    log: (line) => output.stderr(`${new Date().toISOString()} ${line}\n`),
  });
  const generated = (!env.GRID_SIM_API_KEY && !env.GRID_API_KEY && !saved.apiKey) || (!env.GRID_SIM_WEBHOOK_SECRET && !env.GRID_WEBHOOK_SECRET && !saved.webhookSecret);
  if (generated) {
    mkdirSync(path.dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, `${JSON.stringify({ apiKey, webhookSecret: secretText }, null, 2)}\n`, { mode: 0o600 });
  }
  const { url } = simulator;
  output.stdout(
    [
      `grid simulator listening on ${url}`,
      '',
      'give the platform exactly these settings (its environment or .env):',
      `GRID_API_URL=${url}`,
      `GRID_API_KEY=${simulator.apiKey}`,
      `GRID_WEBHOOK_SECRET=${simulator.secrets.join(' ')}`,
      '',
      `feedback webhooks go to ${simulator.callbackUrl} (GRID_CALLBACK_URL): the platform must listen there`,
      `key and secret are kept in ${stateFile} and stay the same across restarts`,
      '',
      'control (docs/GRID.md, "Simulator"):',
      `  curl -X POST ${url}/_control/fail -d '{"count":3,"status":503}'`,
      `  curl -X POST ${url}/_control/latency -d '{"ms":15000}'`,
      `  curl -X POST ${url}/_control/down -d '{"seconds":60}'`,
      `  curl -X POST ${url}/_control/feedback -d '{"taskId":"<order id>","kind":"ARRIVED","workerName":"张三"}'`,
      `  curl ${url}/_control/state`,
      '',
    ].join('\n'),
  );
  return simulator;
}

if (require.main === module) {
  const output: SimulatorCliOutput = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  main(process.env, output).then(
    (simulator) => {
      const stop = () => {
        simulator.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      const known = error instanceof SimulatorInputError || error instanceof GridMappingError || error instanceof WebhookSecretError;
      output.stderr(`grid:sim: ${known ? (error as Error).message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
