import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/common/net';
import { repoRoot } from '../../src/common/paths';
import { SERVER_NODE_FLAGS } from '../../src/common/node-flags';

const MAIN = path.join(repoRoot(), 'dist', 'src', 'main.js');

/** A server process (`node dist/src/main.js`) on a free port of 127.0.0.1, as a replica runs. */
export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startServer(name: string, databaseUrl: string, dataDir: string, nodeArgs: string[]): Promise<ServerProcess> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, MAIN], {
          env: {
            ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir,
            OVERDUE_SWEEP_MS: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`server ${name} did not start within 60 s: ${stderr.slice(-1500)}`));
        }, 60_000);
        const stop = async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
          await exited;
          clearTimeout(killer);
        };
        child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (/GraphQL at (\S+)/.test(stdout)) {
            clearTimeout(timer);
            resolve({ name, url: `http://127.0.0.1:${port}/graphql`, child, stop });
          }
        });
        child.stderr!.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString()).slice(-20_000);
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`server ${name} exited with ${code}: ${stderr.slice(-1500)}`));
        });
      }),
  );
}
