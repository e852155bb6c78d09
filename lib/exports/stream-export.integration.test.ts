import { readFileSync, readdirSync } from "node:fs";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { waitFor } from "@/tests/helpers/wait-for";
import { startExport } from "./stream-export";

const read = (stream: ReadableStream<Uint8Array> | null) => text(Readable.fromWeb(stream! as WebReadableStream));

/** The export processes running now, with their command lines (Linux /proc). */
function exportProcesses(): { pid: number; cmdline: string }[] {
  const found = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmdline.includes("scripts/export/write-export.ts")) found.push({ pid: Number(entry), cmdline });
    } catch {
      // ended while being read
    }
  }
  return found;
}

async function waitForExportProcess(): Promise<{ pid: number; cmdline: string }> {
  for (let i = 0; i < 200; i++) {
    const [found] = exportProcesses();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("no export process started");
}

describe("a dashboard export, written by a process of its own", () => {
  let db: TestDatabase;
  const databaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    db = await createTestDatabase();
    const make = ledgerFactories(db.prisma);
    const supporter = await make.supporter({ firstGiftAt: "2026-01-01T00:00:00Z" });
    await make.donation({ supporterId: supporter.id, amount: 1250, frequency: "ONCE", paidAt: "2026-01-01T00:00:00Z" });
    await make.donation({ supporterId: supporter.id, amount: 500, frequency: "ONCE", paidAt: "2026-02-01T00:00:00Z", currency: "eur" });
  });
  beforeEach(() => {
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = databaseUrl;
    await db.drop();
  });

  it("streams the whole file, header first, with the filters applied", async () => {
    const csv = (await read(startExport({ kind: "donations", filters: { currency: "usd" } }))).trim().split("\n");
    expect(csv[0]).toMatch(/^donation_id,paid_at,amount,/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(",12.50,");
  });

  it("streams supporters without identities when they are not asked for", async () => {
    const csv = (await read(startExport({ kind: "supporters", options: { filter: "all", withIdentities: false } }))).trim().split("\n");
    expect(csv).toEqual(["supporter_id,first_gift_at,created_at", expect.stringMatching(/,2026-01-01T00:00:00.000Z,/)]);
  });

  it("never puts the search (an email address or a name) on the process's command line", async () => {
    const reading = read(startExport({ kind: "supporters", options: { query: "secret.reader@example.org", filter: "all", withIdentities: false } }));
    const child = await waitForExportProcess();
    expect(child.cmdline).not.toContain("secret.reader");
    expect((await reading).trim().split("\n")).toHaveLength(1);
  });

  it("fails the response, rather than ending it as if complete, when the process cannot finish", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    await expect(read(startExport({ kind: "donations", filters: {} }))).rejects.toThrow("the donations export did not complete");
  });

  it("fails the response when the process is killed, instead of leaving it open", async () => {
    const reading = read(startExport({ kind: "donations", filters: {} }));
    process.kill((await waitForExportProcess()).pid, "SIGKILL");
    await expect(reading).rejects.toThrow("the donations export did not complete");
  });

  it("runs a limited number at once, and frees the place when one ends", async () => {
    const first = startExport({ kind: "donations", filters: {} }, 1);
    expect(first).not.toBeNull();
    expect(startExport({ kind: "donations", filters: {} }, 1)).toBeNull();
    await read(first);
    // The place is freed when the first process exits, a moment after its last byte was read.
    const next = await waitFor("the export place to be freed", () => startExport({ kind: "donations", filters: {} }, 1));
    await read(next);
  });

  it("stops the process when the client goes away before reading", async () => {
    const stream = startExport({ kind: "donations", filters: {} });
    const child = await waitForExportProcess();
    await stream!.cancel();
    for (let i = 0; i < 200 && exportProcesses().some((p) => p.pid === child.pid); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(exportProcesses().map((p) => p.pid)).not.toContain(child.pid);
  });
});
