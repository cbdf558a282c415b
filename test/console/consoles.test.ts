import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { repoRoot } from '../../src/common/paths';
import { DisputeOrderDocument, ReportIncidentDocument, SaveRotationDocument, SetUnitContactsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { makeIncident, makeOrder } from '../support/factories';
import { launchChromium } from './browser';

/**
 * The reference consoles in a real browser (Debian's Chromium driven by playwright-core) against
 * the real server and PostgreSQL: a call reported at the desk reaches the unit's console live,
 * the unit signs, arrives and feeds back, the desk sees it, and the leadership office's figures
 * move. Every wait is for something on the screen, never for a time.
 *
 * CONSOLE_SCREENSHOTS=1 also saves each console's picture to docs/screenshots/.
 */
const UNIT = 'city-management';
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS ? path.join(repoRoot(), 'docs', 'screenshots') : undefined;

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Who the roster puts on the unit's required post (a 24-hour team's rescue team), in turns of a day. */
const RESCUE_TEAM = [
  { name: '王强', phone: '13800001111' },
  { name: '李明', phone: '13800002222' },
];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  const admin = { token: app.token('admin') };
  const contacts = await app.gql(
    SetUnitContactsDocument,
    { input: { unitCode: UNIT, dutyPhone: '08376820110', responsibleLeader: { name: '赵志刚', position: '副局长', phone: '13900003333' }, liaison: { name: '陈静', position: '办公室主任', phone: '13900004444' } } },
    admin,
  );
  expect(contacts.errors).toBeUndefined();
  const rotation = await app.gql(
    SaveRotationDocument,
    { input: { unitCode: UNIT, post: 'RESCUE_TEAM', name: '抢险队轮班', startsAt: new Date(Date.now() - 36 * 3600_000).toISOString(), shiftHours: 24, members: RESCUE_TEAM } },
    admin,
  );
  expect(rotation.errors).toBeUndefined();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens a console in a browser context of its own (its own session) and signs in with a dev token. */
async function openConsole(screen: 'desk' | 'unit' | 'leadership', role: string, unit?: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await prepare?.(page);
  // Nothing may be fetched from anywhere but the platform.
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(app.baseUrl) && !req.url().startsWith('ws://127.0.0.1') && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  (page as Page & { foreign?: string[] }).foreign = foreign;
  page.on('pageerror', (err) => process.stderr.write(`[${screen}] page error: ${err.message}\n`));
  page.on('console', (msg) => msg.type() === 'error' && process.stderr.write(`[${screen}] console: ${msg.text()}\n`));
  await page.goto(`${app.baseUrl}/console/${screen}`);
  await page.getByLabel('角色').selectOption(role);
  if (unit) await page.getByLabel('单位代码').fill(unit);
  await page.getByRole('button', { name: '以开发令牌进入' }).click();
  await page.getByTestId('feed-status').filter({ hasText: '实时' }).waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

it('serves the console app with its hashed assets and a strict content policy', async () => {
  const page = await fetch(`${app.baseUrl}/console/desk`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const asset = await fetch(`${app.baseUrl}${script}`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await fetch(`${app.baseUrl}/console/assets/missing.js`)).status).toBe(404);
});

it('a call reported at the desk reaches the unit live; the unit signs and feeds back; the desk and the office see it', async () => {
  const [desk, unit, office] = await Promise.all([openConsole('desk', 'dispatcher'), openConsole('unit', 'unit_operator', UNIT), openConsole('leadership', 'leadership')]);
  const ordersBefore = Number(await office.getByTestId('kpi-orders-value').innerText());

  // Desk: the intake form suggests units as the call is typed; Enter reports it.
  const description = `东街菜市场门口占道经营堵塞人行道 ${Date.now()}`;
  const intake = desk.getByLabel('警情描述');
  await intake.fill(description);
  await desk.getByTestId('suggestions').locator('li[data-unit]').first().waitFor();
  await desk.getByLabel('地址').fill('东街菜市场');
  await intake.focus();
  await desk.keyboard.press('Enter');
  await desk.getByTestId('detail-description').filter({ hasText: description }).waitFor();
  await desk.getByTestId('board').getByText(description).waitFor();

  // Classify, then dispatch to two units with channel and urgency.
  await desk.getByLabel('分类', { exact: true }).selectOption('LINKAGE');
  await desk.getByRole('button', { name: '确认分类' }).click();
  const firstRow = desk.getByTestId('dispatch-row').first();
  await firstRow.waitFor();
  await firstRow.getByLabel('第1行 单位').selectOption(UNIT);
  await firstRow.getByLabel('第1行 紧急程度').selectOption('EMERGENCY');
  await desk.getByRole('button', { name: '添加单位' }).click();
  await desk.getByLabel('第2行 单位').selectOption('market-regulation');
  await desk.getByLabel('第2行 渠道').selectOption('PHONE');
  await desk.getByRole('button', { name: '下达指令' }).click();
  const deskOrder = desk.locator(`[data-testid=desk-order][data-unit=${UNIT}]`);
  await deskOrder.getByTestId('desk-order-status').filter({ hasText: '已下达' }).waitFor();
  // Whom to phone: the order's duty contact, the rescue-team member the roster has on duty now.
  await expect(deskOrder.locator('.phone-whom').innerText()).resolves.toMatch(/抢险队 (王强 13800001111|李明 13800002222)/);
  await desk.locator('[data-testid=desk-order][data-unit=market-regulation]').waitFor();

  // Unit: the order arrives on its console without a reload.
  const card = unit.getByTestId('unit-order').filter({ hasText: description });
  await card.waitFor();
  await unit.getByTestId('unit-name').filter({ hasText: '城市管理' }).waitFor();
  await unit.locator('#roster').getByText('赵志刚').waitFor();
  await card.getByRole('button', { name: '签收' }).click();
  await card.getByTestId('unit-order-status').filter({ hasText: '已签收' }).waitFor();
  await card.getByRole('button', { name: '到场' }).click();
  await card.getByTestId('unit-order-status').filter({ hasText: '已到场' }).waitFor();

  // A bad attachment URL: the server's code and message show beside the feedback form.
  await card.getByLabel('反馈内容').fill('已到场劝离摊贩，人行道恢复通行');
  await card.getByLabel('附件链接（每行一个）').fill('not-a-url');
  await card.getByRole('button', { name: '提交反馈' }).click();
  const error = card.locator('form .error');
  await error.waitFor();
  await expect(error.locator('.error-code').innerText()).resolves.toBe('BAD_USER_INPUT');
  await expect(error.innerText()).resolves.toContain('attachment URL');
  await card.getByLabel('附件链接（每行一个）').fill('https://files.example.org/scene-1.jpg');
  await card.getByLabel('反馈内容').press('Enter');
  await card.getByTestId('unit-order-status').filter({ hasText: '处置中' }).waitFor();
  await shot(unit, 'unit');

  // Desk: the feedback and the new state arrive live; the timeline records each step.
  await deskOrder.getByTestId('desk-order-status').filter({ hasText: '处置中' }).waitFor();
  await deskOrder.getByTestId('desk-feedback').filter({ hasText: '人行道恢复通行' }).waitFor();
  await expect(deskOrder.locator('a.attachment').getAttribute('href')).resolves.toBe('https://files.example.org/scene-1.jpg');
  const timeline = desk.getByTestId('timeline');
  for (const kind of ['INCIDENT_REPORTED', 'INCIDENT_CLASSIFIED', 'ORDER_ISSUED', 'ORDER_SIGNED', 'ORDER_ARRIVED', 'FEEDBACK_RECORDED']) {
    await timeline.locator(`li[data-kind=${kind}]`).first().waitFor();
  }

  // The other unit disputes its order (from its own client): the desk's board marks it at once.
  const otherOrder = desk.locator('[data-testid=desk-order][data-unit=market-regulation]');
  const disputed = await app.gql(
    DisputeOrderDocument,
    { input: { orderId: (await otherOrder.getAttribute('data-order'))!, reason: '摊贩占道不属本单位职责' } },
    { token: app.token('unit_operator', 'market-regulation') },
  );
  expect(disputed.errors).toBeUndefined();
  await desk.getByTestId('board').locator('li.is-disputed').filter({ hasText: description }).waitFor();
  await otherOrder.getByTestId('desk-order-status').filter({ hasText: '有异议' }).waitFor();
  await otherOrder.getByText('摊贩占道不属本单位职责').waitFor();
  await shot(desk, 'desk');

  // Office: the period's orders received went up by the two just issued, live.
  await office.getByTestId('kpi-orders-value').filter({ hasText: String(ordersBefore + 2) }).waitFor();
  await office.locator(`[data-testid=unit-figures] tr[data-unit=${UNIT}]`).waitFor();
  await office.locator('#ranking .chart svg').waitFor();
  // Enter in the period bar refreshes the trend too: this period's score is on it.
  await office.getByLabel('日期').press('Enter');
  await office.locator('#trend .chart svg').waitFor();
  await shot(office, 'leadership');

  // The office publishes the period's bulletin and downloads the joint meeting report.
  await office.getByLabel('通报说明').fill('本月第一期');
  await office.getByLabel('通报说明').press('Enter');
  await office.locator('#bulletin li').filter({ hasText: '本月第一期' }).waitFor();
  const [report] = await Promise.all([office.waitForEvent('download'), office.getByRole('button', { name: '下载 XLSX' }).click()]);
  expect(report.suggestedFilename()).toMatch(/\.xlsx$/);

  for (const page of [desk, unit, office]) expect((page as Page & { foreign?: string[] }).foreign).toEqual([]);
});

it('switches to English labels and back', async () => {
  const page = await openConsole('desk', 'commander');
  await page.getByRole('button', { name: /Switch language/ }).click();
  await page.getByRole('heading', { name: 'Live board' }).waitFor();
  await page.getByLabel('What the caller reports').waitFor();
  await page.getByRole('button', { name: /Switch language/ }).click();
  await page.getByRole('heading', { name: '警情看板' }).waitFor();
});

it('the desk board marks overdue orders, and resumes after a lost connection with every change made meanwhile', async () => {
  const em = app.em();
  const late = await makeIncident(em, { description: `北街井盖缺失 ${Date.now()}` });
  await makeOrder(em, late, 'housing-construction', { overdue: true });
  // The page's WebSocket goes through the test, which can drop it and refuse reconnects.
  let refuse = false;
  let current: { page: WebSocketRoute; server: WebSocketRoute } | undefined;
  const subscriptions: { after?: string | null }[] = [];
  const desk = await openConsole('desk', 'dispatcher', undefined, (page) =>
    page.routeWebSocket(/\/graphql$/, (ws) => {
      if (refuse) return void ws.close({ code: 1013, reason: 'try again later' });
      const server = ws.connectToServer();
      current = { page: ws, server };
      ws.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { variables?: { after?: string | null } } };
        if (parsed.type === 'subscribe') subscriptions.push(parsed.payload?.variables ?? {});
        server.send(message);
      });
    }),
  );
  const overdue = desk.getByTestId('board').locator('li.is-overdue').filter({ hasText: late.description });
  await overdue.waitFor();
  await overdue.locator('.badge.overdue').filter({ hasText: '超时' }).waitFor();

  const report = (description: string) =>
    app.gql(ReportIncidentDocument, { input: { description, intakeChannel: 'CALL_110', place: { address: '西街' } } }, { token: app.token('dispatcher') });
  const before = `西街路灯不亮 ${Date.now()}`;
  expect((await report(before)).errors).toBeUndefined();
  await desk.getByTestId('board').getByText(before).waitFor();

  refuse = true;
  await current!.server.close();
  await current!.page.close({ code: 1006 });
  await desk.getByTestId('feed-status').filter({ hasText: '重连中' }).waitFor();
  const meanwhile = `西街下水道堵塞 ${Date.now()}`;
  expect((await report(meanwhile)).errors).toBeUndefined();

  const resubscribed = subscriptions.length;
  refuse = false;
  await desk.getByTestId('feed-status').filter({ hasText: '实时' }).waitFor();
  await desk.getByTestId('board').getByText(meanwhile).waitFor();
  // It came back by resuming after the last change it had, not by reloading the board.
  expect(subscriptions.slice(resubscribed).some((variables) => typeof variables.after === 'string' && variables.after.length > 0)).toBe(true);
  await expect(desk.getByTestId('board').getByText(before).count()).resolves.toBe(1);
});
