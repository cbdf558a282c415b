import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between the app and its PostgreSQL, for outages a test controls:
 * `refuse()` closes every connection and refuses new ones (the database is unreachable),
 * `freeze()` keeps the connections open but passes no byte either way (a database that does
 * not answer), `restore()` ends either.
 */
export interface DbProxy {
  /** The database URL through the proxy. */
  url: string;
  refuse(): void;
  freeze(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startDbProxy(databaseUrl: string): Promise<DbProxy> {
  const target = new URL(databaseUrl);
  let mode: 'pass' | 'refuse' | 'freeze' = 'pass';
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const server = net.createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'freeze') {
      client.pause();
      upstream.pause();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  const refuse = () => {
    mode = 'refuse';
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream.destroy();
    }
  };
  return {
    url: url.toString(),
    refuse,
    freeze() {
      mode = 'freeze';
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    restore() {
      mode = 'pass';
      for (const { client, upstream } of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    async close() {
      refuse();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
