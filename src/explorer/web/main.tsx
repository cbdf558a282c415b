// The platform's offline GraphQL explorer: GraphiQL with every asset served by the platform
// (the Monaco workers included), subscriptions over graphql-ws, the operations of
// schema/operations as tabs, an Authorization header to fill and, in development, a role
// picker that mints a development token.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { Fetcher, FetcherParams, FetcherOpts } from '@graphiql/toolkit';
import { createClient, type Client } from 'graphql-ws';
import { useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

interface ExplorerConfig {
  graphqlPath: string;
  devTokenPath: string | null;
  roles: string[];
  operations: { file: string; document: string }[];
}

const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? '{}') as ExplorerConfig;
const httpUrl = new URL(config.graphqlPath, window.location.href).toString();
const wsUrl = httpUrl.replace(/^http/, 'ws');

const sockets = new Map<string, Client>();
function socketFor(authorization: string | undefined): Client {
  const key = authorization ?? '';
  let client = sockets.get(key);
  if (!client) {
    client = createClient({ url: wsUrl, lazy: true, connectionParams: authorization ? { authorization } : {} });
    sockets.set(key, client);
  }
  return client;
}

function isSubscription(params: FetcherParams): boolean {
  const source = params.query.replace(/#[^\n]*/g, '');
  if (params.operationName) return new RegExp(`subscription\\s+${params.operationName}\\b`).test(source);
  return /^\s*subscription\b/.test(source);
}

const fetcher: Fetcher = (params: FetcherParams, opts?: FetcherOpts) => {
  const headers = (opts?.headers ?? {}) as Record<string, string>;
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1]?.trim();
  if (isSubscription(params)) {
    // graphql-ws yields formatted results, which is what GraphiQL shows.
    return socketFor(authorization && authorization !== 'Bearer' ? authorization : undefined).iterate({
      query: params.query,
      operationName: params.operationName ?? undefined,
      variables: params.variables ?? undefined,
    }) as unknown as ReturnType<Fetcher>;
  }
  return fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(params),
  }).then((response) => response.json());
};

function DevTokenPanel(): ReactElement {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const { introspect } = useGraphiQLActions();
  const [role, setRole] = useState(config.roles[0] ?? 'dispatcher');
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState('');
  async function mint(): Promise<void> {
    setMessage('');
    const response = await fetch(config.devTokenPath!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, unit: unit.trim() || undefined }),
    });
    const body = (await response.json()) as { token?: string; expiresAt?: string; error?: { code: string; message: string } };
    if (!body.token) {
      setMessage(`${body.error?.code ?? response.status}: ${body.error?.message ?? ''}`);
      return;
    }
    headerEditor?.setValue(JSON.stringify({ Authorization: `Bearer ${body.token}` }, null, 2));
    // The schema is fetched again with the token before the panel says it is ready.
    await introspect();
    setMessage(`已填入 token set, expires ${body.expiresAt}`);
  }
  return (
    <div className="dev-token">
      <h2>开发令牌 Development token</h2>
      <p>仅限开发环境 development only: never offered in production.</p>
      <label>
        角色 role{' '}
        <select aria-label="role" value={role} onChange={(e) => setRole(e.target.value)}>
          {config.roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        单位代码 unit code (unit_operator){' '}
        <input aria-label="unit" value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="power" />
      </label>
      <button type="button" className="graphiql-button" onClick={() => void mint()}>
        获取令牌 Mint token
      </button>
      <p role="status">{message}</p>
    </div>
  );
}

function KeyIcon(): ReactElement {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M17 6l3 3M15 8l2 2" />
    </svg>
  );
}

const plugins: GraphiQLPlugin[] = config.devTokenPath ? [{ title: '开发令牌 Dev token', icon: KeyIcon, content: DevTokenPanel }] : [];

const tabs = config.operations.map((op) => ({
  query: `# schema/operations/${op.file}\n${op.document}`,
  headers: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
}));

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={plugins}
    defaultTabs={tabs.length ? tabs : undefined}
    defaultHeaders={JSON.stringify({ Authorization: 'Bearer ' }, null, 2)}
    defaultEditorToolsVisibility="headers"
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
  />,
);
