import { readLimitedBody } from "./read-limited-body";

const request = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) => new Request("http://localhost/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("reading a request body within limits", () => {
  it("reads a body under the limit whole", async () => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new TextEncoder().encode("hello")), c.close()) });
    const read = await readLimitedBody(request(body), 10);
    expect(read.ok && read.body.toString()).toBe("hello");
  });

  it("refuses a body that passes the limit, declared or not", async () => {
    const body = () => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array(11)), c.close()) });
    await expect(readLimitedBody(request(body()), 10)).resolves.toEqual({ ok: false, reason: "too large" });
    await expect(readLimitedBody(request(body(), { "content-length": "11" }), 10)).resolves.toEqual({ ok: false, reason: "too large" });
  });

  it("gives up on a client that trickles its body past the deadline, and stops reading it", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(1)), cancel: () => void (cancelled = true) });
    await expect(readLimitedBody(request(body), 1024, { timeoutMs: 20 })).resolves.toEqual({ ok: false, reason: "too slow" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(cancelled).toBe(true);
  });
});
