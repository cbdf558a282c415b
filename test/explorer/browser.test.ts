import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

/**
 * The explorer in Debian's Chromium with every host but the platform cut off: GraphiQL loads
 * from the platform alone, the role picker mints a development token, a query runs with it, and
 * the documentation explorer shows the schema's bilingual descriptions.
 */
const root = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let app: TestApp;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
const platformHost = () => new URL(app.baseUrl).host;
const blocked: string[] = [];
const requested: string[] = [];
const sockets: string[] = [];
const authorizations: (string | undefined)[] = [];

beforeAll(async () => {
  // The bundle is built by `npm run build` (ensure-build); this makes it current when run alone.
  const built = spawnSync(process.execPath, [path.join(root, 'src/scripts/ensure-build.mjs')], { cwd: root, encoding: 'utf8' });
  expect(built.status).toBe(0);
  app = await startTestApp();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage110-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requested.push(url);
    if (route.request().method() === 'POST' && new URL(url).pathname === '/graphql') authorizations.push(route.request().headers().authorization);
    if (new URL(url).host !== platformHost() && !url.startsWith('data:') && !url.startsWith('blob:')) {
      blocked.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).host !== platformHost() && !blocked.includes(url)) blocked.push(url);
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (ws) => sockets.push(ws.url()));
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  await app?.close();
});

async function responseText(): Promise<string> {
  return page.locator('.graphiql-response .view-lines').innerText();
}

it('loads GraphiQL from the platform alone, mints a dev token, runs a query and shows the docs', async () => {
  await page.goto(`${app.baseUrl}/graphql`);
  await page.locator('.graphiql-container').waitFor();
  // The operations of schema/operations are there as tabs.
  await expect(page.locator('.graphiql-tab').first().innerText()).resolves.toMatch(/Units|Unit|Areas|Leadership/);

  await page.getByRole('button', { name: /开发令牌 Dev token/ }).click();
  await page.getByLabel('role').selectOption('dispatcher');
  await page.getByRole('button', { name: /Mint token/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已填入' }).waitFor()).resolves.toBeUndefined();

  const query = page.locator('.graphiql-query-editor .monaco-editor').first();
  await query.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('query UnitNames { units { code name } }');
  // GraphiQL takes an edit into its state after a debounce; the tab is named from that state.
  await page.locator('.graphiql-tab', { hasText: 'UnitNames' }).waitFor();
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.locator('.graphiql-response .view-lines').filter({ hasText: '"units"' }).waitFor();
  const result = await responseText();
  expect(result).toMatch(/"code":\s*"police",\s*"name":\s*"县公安局"/);
  expect(result).not.toMatch(/errors/);
  // It ran with the minted token, sent in the Authorization header GraphiQL was given.
  expect(authorizations.at(-1)).toMatch(/^Bearer ey[\w-]+\.[\w-]+\.[\w-]+$/);

  await page.getByRole('button', { name: /Documentation Explorer/ }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await expect(page.locator('.graphiql-doc-explorer').getByText('联动单位列表 the member units', { exact: false }).first().waitFor()).resolves.toBeUndefined();

  // A subscription runs over graphql-ws on the platform's own socket.
  await query.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('subscription Live { incidentFeed { cursor kind incident { description } } }');
  await page.locator('.graphiql-tab', { hasText: 'Live' }).waitFor();
  // Listen for the acknowledgement as soon as the socket opens: it may come before a later listener.
  const acknowledged = new Promise<void>((resolve) => {
    page.once('websocket', (socket) => {
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('connection_ack')) resolve();
      });
    });
  });
  await page.getByRole('button', { name: /Execute query/ }).click();
  await acknowledged;
  await deskSteps(app).report('游客在景区走失，家属报警');
  await page.locator('.graphiql-response .view-lines').filter({ hasText: 'INCIDENT_REPORTED' }).waitFor();
  // (Monaco wraps long lines: compare without the whitespace.)
  expect((await responseText()).replace(/\s+/g, '')).toContain('"kind":"INCIDENT_REPORTED","incident":{"description":"游客在景区走失，家属报警"}');

  if (process.env.EXPLORER_SCREENSHOT) await page.screenshot({ path: process.env.EXPLORER_SCREENSHOT });
  expect(blocked).toEqual([]);
  expect(requested.length).toBeGreaterThan(5);
  for (const url of [...requested, ...sockets]) expect(new URL(url).host).toBe(platformHost());
}, 120_000);
