import type { MikroORM } from '@mikro-orm/postgresql';
import { createGridHttpAdapter, createWebhookVerifier, loadGridMapping, type WebhookVerifier } from '../../../integrations/grid';
import type { AppConfig } from '../../config';
import { logger } from '../../common/logger';
import { reconcileGrid } from './grid-sync.reconcile';
import { GridRelay } from './grid-sync.relay';

/**
 * The grid platform side of a running process: the outbox relay and reconciliation when the
 * grid API is configured, the webhook verifier when its secrets are. Each part is optional so
 * the platform runs (and queues grid orders) before the county's integration is live.
 */
export function startGridSync(config: Pick<AppConfig, 'grid'>, orm: MikroORM): { webhook?: WebhookVerifier; stop(): Promise<void> } {
  const webhook = config.grid.webhookSecrets.length ? createWebhookVerifier({ secrets: config.grid.webhookSecrets }) : undefined;
  if (!config.grid.api) {
    logger.info('grid platform not configured (GRID_API_URL): grid orders queue in the outbox until it is');
    return { webhook, stop: async () => undefined };
  }
  const port = createGridHttpAdapter(config.grid.api);
  const mapping = loadGridMapping({ file: config.grid.mappingFile });
  const relay = new GridRelay(orm, { port, mapping });
  relay.start(config.grid.relayMs);
  let reconciling: Promise<unknown> = Promise.resolve();
  const timer =
    config.grid.reconcileMs > 0
      ? setInterval(() => {
          reconciling = reconcileGrid(orm, port, mapping, new Date(Date.now() - 7 * 24 * 3600_000))
            .then((result) => (result.repaired || result.diverged) && logger.warn('grid reconciliation found differences', { ...result }))
            .catch((err: unknown) => logger.error('grid reconciliation failed', { err }));
        }, config.grid.reconcileMs)
      : undefined;
  timer?.unref();
  return {
    webhook,
    async stop() {
      clearInterval(timer);
      await relay.stop();
      await reconciling;
    },
  };
}
