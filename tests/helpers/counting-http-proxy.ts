// An HTTP proxy that counts the requests passing through it: put in front of the Stripe emulator,
// it tells a test how many Stripe calls the app made (keep-alive makes connections no measure).
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type CountingHttpProxy = { url: string; requests: string[]; count(): number; close(): Promise<void> };

export async function startCountingHttpProxy(target: string): Promise<CountingHttpProxy> {
  const upstream = new URL(target);
  const requests: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    requests.push(`${incoming.method} ${incoming.url}`);
    const proxied = forward({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    proxied.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: () => requests.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
