// The production server's webhook door (lib/http/serve-stripe-webhook.ts) on a real node:http
// server, driven with web Requests so one test suite can exercise both doors. A declared
// Content-Length is sent as declared; without one, the body goes out chunked.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serveStripeWebhook } from "@/lib/http/serve-stripe-webhook";

export type WebhookDoor = { send: (request: Request) => Promise<Response>; close: () => Promise<void> };

export async function startWebhookServer(): Promise<WebhookDoor> {
  const server: Server = createServer((req, res) => void serveStripeWebhook(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const send = (request: Request) =>
    new Promise<Response>((resolve, reject) => {
      const headers = Object.fromEntries(request.headers);
      const outgoing = httpRequest({ host: "127.0.0.1", port, agent: false, method: request.method, path: new URL(request.url).pathname, headers }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode, headers: incoming.headers as Record<string, string> })));
        incoming.on("error", reject);
      });
      // The server may answer (413) and close before the whole body is written.
      outgoing.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
      void (async () => {
        const reader = request.body?.getReader();
        for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
          if (!outgoing.write(next.value)) await new Promise((r) => outgoing.once("drain", r));
        }
        outgoing.end();
      })().catch(() => outgoing.end());
    });
  return {
    send,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
