// Starts the HTTP server on the configured host and port; resolves once it is listening.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { answerClientErrors } from './middleware/client-error.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one) and returns the URL. */
export function startServer(options: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const { host: _host, port: _port, ...appOptions } = options;
  const app = createApp(appOptions);
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host);
    answerClientErrors(server);
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
