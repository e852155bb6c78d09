import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { streamExport } from "./stream-export";

const read = (request: Parameters<typeof streamExport>[0]) => text(Readable.fromWeb(streamExport(request) as import("node:stream/web").ReadableStream));

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
  afterEach(() => {
    process.env.DATABASE_URL = databaseUrl;
  });
  afterAll(async () => db.drop());

  it("streams the whole file, header first, with the filters applied", async () => {
    process.env.DATABASE_URL = db.url;
    const csv = (await read({ kind: "donations", filters: { currency: "usd" } })).trim().split("\n");
    expect(csv[0]).toMatch(/^donation_id,paid_at,amount,/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(",12.50,");
  });

  it("streams supporters without identities when they are not asked for", async () => {
    process.env.DATABASE_URL = db.url;
    const csv = (await read({ kind: "supporters", options: { filter: "all", withIdentities: false } })).trim().split("\n");
    expect(csv).toEqual(["supporter_id,country,first_gift_at,created_at", expect.stringMatching(/,2026-01-01T00:00:00.000Z,/)]);
  });

  it("fails the response, rather than ending it as if complete, when the process cannot finish", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    await expect(read({ kind: "donations", filters: {} })).rejects.toThrow("the donations export did not complete");
  });
});
