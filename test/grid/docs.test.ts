import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createWebhookVerifier, loadGridMapping, ORDER_STATUSES, parseGridWebhookEvent } from '../../integrations/grid';

const doc = readFileSync(path.join(__dirname, '../../docs/GRID.md'), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** The `a | b | c` rows of the markdown tables in a section, without the header rows. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, '')));
}

describe('docs/GRID.md', () => {
  it('has a worked signature example that the verifier accepts', () => {
    const http = /```http\n([\s\S]*?)```/.exec(doc)![1];
    const [head, body] = http.split('\n\n');
    const headers = Object.fromEntries(
      head
        .split('\n')
        .slice(1)
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const secret = /With the secret `(whsec_[^`]+)`/.exec(doc)![1];
    const payload = body.trimEnd();
    expect(Buffer.byteLength(payload)).toBe(Number(/\((\d+) bytes of UTF-8/.exec(doc)![1]));

    const at = Number(headers['webhook-timestamp']) * 1000;
    const verified = createWebhookVerifier({ secrets: secret, now: () => at }).verifySignature({ headers, body: payload });
    expect(doc).toContain(`the header is \`${headers['webhook-signature']}\``);
    expect(parseGridWebhookEvent(verified.body, { webhookId: verified.id }).data.kind).toBe('ARRIVED');
  });

  it('shows the default stage mapping', () => {
    const mapping = loadGridMapping({ env: {} });
    const table = rows(section('Stages')).filter((row) => (ORDER_STATUSES as readonly string[]).includes(row[0]));
    expect(table.map((row) => [row[0], row[2]])).toEqual(ORDER_STATUSES.map((status) => [status, mapping.stageFor(status)]));
  });

  it('shows the default department of every unit', () => {
    const mapping = loadGridMapping({ env: {} });
    const table = rows(section('Department ids')).filter((row) => row.length === 3);
    expect(Object.fromEntries(table.map((row) => [row[0], row[2]]))).toEqual(Object.fromEntries(mapping.departments()));
  });
});
