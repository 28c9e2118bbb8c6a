import { createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';

/** An HTTP proxy that hands each request to the next of its backends in turn. */
export interface RoundRobinProxy {
  url: string;
  /** The base URL of the backend each request went to, in order. */
  served: string[];
  close(): Promise<void>;
}

/**
 * Starts a round-robin proxy in front of these backends (base URLs), as a
 * load balancer without sticky sessions spreads one user's requests over
 * every instance. Plain HTTP only: no WebSocket upgrades.
 */
export async function startRoundRobinProxy(
  backends: string[],
): Promise<RoundRobinProxy> {
  let next = 0;
  const served: string[] = [];
  const server = createServer((req, res) => {
    const backend = new URL(backends[next % backends.length]);
    next += 1;
    served.push(backend.origin);
    const upstream = request(
      {
        hostname: backend.hostname,
        port: backend.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: backend.host },
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', error => {
      if (!res.headersSent) res.writeHead(502);
      res.end(`proxy: ${backend.origin} failed: ${error.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>(listening =>
    server.listen(0, '127.0.0.1', listening),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>(closed => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
