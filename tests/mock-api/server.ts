// Node HTTP wrapper around the transport-agnostic mock (lib/demo/mock-api). Loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi, type MockApi, type MockApiOptions } from '@/lib/demo/mock-api';

export interface MockServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  api: MockApi;
  close(): Promise<void>;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/**
 * Starts the mock on 127.0.0.1 (port 0 = any free port). Request bodies are ignored
 * (every endpoint is a GET); responses are written exactly as `api.handle()` returns them.
 */
export async function startMockServer(
  options: MockApiOptions & { port?: number } = {},
): Promise<MockServer> {
  const api = createMockApi(options);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    api
      .handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: headerRecord(req) })
      .then((r) => {
        res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(r.body) });
        res.end(r.body);
      })
      .catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(e));
      });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
