import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.js';
import { createApp, type AppOptions } from './createApp.js';
import { allowedHosts } from './requestChecks.js';

export interface ServerOptions extends Omit<AppOptions, 'hosts'> {
  /** Host names to answer to besides loopback and the bound address (`--allowed-host`). */
  allowedHosts?: readonly string[];
  /** 127.0.0.1 unless told otherwise: the API is for this machine. */
  host?: string;
  /** 8080 unless told otherwise; 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the API (and static files) over HTTP until closed; resolves once listening.
 * @example const server = await startServer(store, { port: 0 }); await fetch(`${server.url}/api/articles`); await server.close()
 */
export async function startServer(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  const hostname = options.host ?? '127.0.0.1';
  const app = createApp(store, { ...options, hosts: allowedHosts(hostname, options.allowedHosts) });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname, port: options.port ?? 8080 }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
