import { GridMappingError, loadGridMapping } from '../mapping';
import { WebhookSecretError } from '../webhook-signature';
import { SimulatorInputError, startGridSimulator, type GridSimulator } from './simulator';

export const DEFAULT_SIMULATOR_PORT = 4010;
export const DEFAULT_CALLBACK_URL = 'http://127.0.0.1:4000/integrations/grid/webhook';

export interface SimulatorCliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `npm run grid:sim`. Settings come from the same variables the platform reads, so one
 * environment file serves both: PORT, HOST, GRID_API_KEY, GRID_WEBHOOK_SECRET (several
 * space-separated sign each webhook with all of them), GRID_CALLBACK_URL, GRID_MAPPING_FILE.
 */
export async function main(env: NodeJS.ProcessEnv, output: SimulatorCliOutput): Promise<GridSimulator> {
  const portText = env.PORT ?? String(DEFAULT_SIMULATOR_PORT);
  if (!/^\d{1,5}$/u.test(portText) || Number(portText) > 65_535) throw new SimulatorInputError(`PORT "${portText}" is not a port number`);
  const simulator = await startGridSimulator({
    port: Number(portText),
    host: env.HOST ?? '127.0.0.1',
    apiKey: env.GRID_API_KEY || undefined,
    secret: env.GRID_WEBHOOK_SECRET ? env.GRID_WEBHOOK_SECRET.split(/\s+/u).filter(Boolean) : undefined,
    callbackUrl: env.GRID_CALLBACK_URL || DEFAULT_CALLBACK_URL,
    departmentIds: loadGridMapping({ env }).departments().values(),
    log: (line) => output.stderr(`${new Date().toISOString()} ${line}\n`),
  });
  const { url } = simulator;
  output.stdout(
    [
      `grid simulator listening on ${url}`,
      '',
      'point the platform at it with:',
      `  GRID_API_URL=${url}`,
      `  GRID_API_KEY=${simulator.apiKey}`,
      `  GRID_WEBHOOK_SECRET=${simulator.secrets.join(' ')}`,
      `feedback webhooks go to ${simulator.callbackUrl} (GRID_CALLBACK_URL)`,
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
