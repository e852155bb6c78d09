// Waiting in tests is waiting for something: a condition polled until it holds, or a clear error
// naming what did not happen. Fixed sleeps are refused by tests/unit/test-hygiene.test.ts.

export type WaitOptions = { timeoutMs?: number; intervalMs?: number };

/** Polls `read` until it returns a truthy value, and returns that value. */
export async function waitFor<T>(what: string, read: () => T | Promise<T>, { timeoutMs = 10_000, intervalMs = 25 }: WaitOptions = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
