// A request body read whole, or refused once it passes maxBytes (Content-Length can lie or be
// absent, so the count is of bytes actually read) or, when a deadline is given, once reading
// takes longer than that (a client trickling its body holds a slot meanwhile). The bytes under
// both body readers: the webhook's (which must verify the raw bytes) and readRequestFields.
export type LimitedBody = { ok: true; body: Buffer } | { ok: false; reason: "too large" | "too slow" };

export async function readLimitedBody(request: Request, maxBytes: number, { timeoutMs }: { timeoutMs?: number } = {}): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, reason: "too large" };
  if (!request.body) return { ok: true, body: Buffer.alloc(0) };
  const reader = request.body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"too slow">((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => resolve("too slow"), timeoutMs);
  });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === "too slow") {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too slow" };
      }
      if (next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: "too large" };
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, body: Buffer.concat(chunks, total) };
}
