import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { repoRoot } from '../common/paths';

/** The reference consoles (desk, unit, leadership office): one app, built into dist/console. */
export const CONSOLE_PATH = '/console';

export function consoleDir(): string {
  return path.join(repoRoot(), 'dist', 'console');
}

/**
 * Only this origin's scripts, styles, fonts and sockets: the console runs on an intranet with no
 * internet, and must not load or send anything elsewhere. Inline styles are for ECharts' SVG.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function securityHeaders(res: express.Response): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

export interface ConsoleOptions {
  /** The built app (default dist/console). */
  dir?: string;
}

/**
 * Serves the consoles: hashed assets cached for a year, every other path under /console the
 * app's index.html (the app routes itself), never cached so an upgrade shows at the next load.
 * Development sign-in uses the explorer's dev-token endpoint (src/explorer/explorer.http.ts).
 */
export function consoleRouter(options: ConsoleOptions = {}): express.Router {
  const dir = options.dir ?? consoleDir();
  const router = express.Router();

  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: (res) => securityHeaders(res),
    }),
  );
  router.get(/.*/, (_req, res) => {
    securityHeaders(res);
    const index = path.join(dir, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建 The console is not built: run `npm run build`.\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
