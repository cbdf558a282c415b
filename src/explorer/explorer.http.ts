import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { DevModeError, ROLES, signDevToken } from '../../integrations/keycloak';
import { repoRoot } from '../common/paths';

/** The explorer's own path (GET /graphql serves it too, to a browser asking for HTML). */
export const EXPLORER_PATH = '/explorer';
/** Mints a development token for the role picker; served only in development auth mode outside production. */
export const DEV_TOKEN_PATH = '/explorer/dev-token';
/** A token minted in the explorer lasts a working day. */
const EXPLORER_TOKEN_TTL_SECONDS = 8 * 3600;

export interface ExplorerOptions {
  graphqlPath: string;
  /** Signing key folder of development tokens; null: the role picker is not offered. */
  devTokenDataDir: string | null;
  /** The bundle (dist/explorer); defaults to the repository's. */
  assetsDir?: string;
}

/**
 * Everything the explorer loads comes from here: the page says so to the browser too, so no
 * script, font, style or connection can reach another host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function operationFiles(dir: string): { file: string; document: string }[] {
  const out: { file: string; document: string }[] = [];
  const walk = (at: string) => {
    if (!fs.existsSync(at)) return;
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.graphql')) out.push({ file: path.relative(dir, full).split(path.sep).join('/'), document: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** JSON inside a <script> element: nothing in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Does this GET ask for the explorer page rather than run an operation? */
export function wantsExplorerPage(req: express.Request): boolean {
  if (req.method !== 'GET' || (req.query as Record<string, unknown>).query !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The offline GraphiQL explorer: the page (at /explorer, and at GET /graphql for a browser),
 * its bundled assets, and in development the dev-token endpoint of the role picker.
 */
export function explorerRouter(options: ExplorerOptions): express.Router {
  const root = repoRoot();
  const assetsDir = options.assetsDir ?? path.join(root, 'dist', 'explorer');
  const router = express.Router();
  const config = {
    graphqlPath: options.graphqlPath,
    devTokenPath: options.devTokenDataDir ? DEV_TOKEN_PATH : null,
    roles: [...ROLES],
    operations: operationFiles(path.join(root, 'schema', 'operations')),
  };
  let page: string | undefined;
  const servePage: express.RequestHandler = (_req, res) => {
    if (page === undefined) {
      const file = path.join(assetsDir, 'index.html');
      if (!fs.existsSync(file)) {
        res.status(503).type('text/plain').send('The explorer\'s assets are not built: run `npm run build` (it bundles them with the dev dependencies installed).');
        return;
      }
      page = fs.readFileSync(file, 'utf8').replace('</head>', `<script type="application/json" id="explorer-config">${scriptJson(config)}</script>\n</head>`);
    }
    res.set('content-security-policy', CONTENT_SECURITY_POLICY).set('cache-control', 'no-store').type('html').send(page);
  };
  router.get(options.graphqlPath, (req, res, next) => (wantsExplorerPage(req) ? servePage(req, res, next) : next()));
  router.get([EXPLORER_PATH, `${EXPLORER_PATH}/`], servePage);
  router.use(`${EXPLORER_PATH}/assets`, express.static(path.join(assetsDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
  if (options.devTokenDataDir) {
    const dataDir = options.devTokenDataDir;
    router.post(DEV_TOKEN_PATH, express.json({ limit: '4kb' }), async (req, res) => {
      // JSON only: a cross-site form cannot send it without the browser asking first.
      if (!req.is('application/json')) {
        res.status(415).json({ error: { code: 'BAD_REQUEST', message: 'Send {"role": "...", "unit": "..."} as application/json.' } });
        return;
      }
      const { role, unit } = (req.body ?? {}) as { role?: unknown; unit?: unknown };
      try {
        const token = await signDevToken(dataDir, {
          role: typeof role === 'string' ? (role as (typeof ROLES)[number]) : [],
          unit: typeof unit === 'string' ? unit : undefined,
          ttlSeconds: EXPLORER_TOKEN_TTL_SECONDS,
        });
        res.set('cache-control', 'no-store').json({ token, expiresAt: new Date(Date.now() + EXPLORER_TOKEN_TTL_SECONDS * 1000).toISOString() });
      } catch (err) {
        if (!(err instanceof DevModeError)) throw err;
        res.status(err.reason === 'PRODUCTION' ? 403 : 400).json({ error: { code: err.reason === 'PRODUCTION' ? 'FORBIDDEN' : 'BAD_USER_INPUT', message: err.message } });
      }
    });
  }
  return router;
}
