import { randomBytes } from "node:crypto";
import pg from "pg";
import { text } from "node:stream/consumers";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { encryptPii } from "../privacy/encrypt-pii";
import { emailIndex } from "../privacy/email-index";
import { nameIndex } from "../privacy/name-index";
import { setPiiKeysForProcess } from "../privacy/pii-keys";
import { streamDonationsCsv } from "../dashboard/stream-donations-csv";
import { getSupporterProfile } from "./get-supporter-profile";
import { searchSupporters } from "./search-supporters";
import { streamSupportersCsv } from "./stream-supporters-csv";

describe("finding supporters", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const make = ledgerFactories(db.prisma);
    const ada = await make.supporter({
      firstGiftAt: "2026-01-01T00:00:00Z",
      emailIndex: emailIndex("Ada@Example.org"),
      emailEncrypted: encryptPii("ada@example.org"),
      nameEncrypted: encryptPii("Ada Lovelace"),
    });
    await db.prisma.supporter.update({ where: { id: ada.id }, data: { nameIndex: nameIndex("Ada Lovelace") } });
    await make.customer(ada.id, "cus_ada");
    const adaSub = await make.subscription({ supporterId: ada.id, amount: 500, frequency: "MONTHLY", status: "ACTIVE", startedAt: "2026-01-01T00:00:00Z" });
    await make.donation({ supporterId: ada.id, subscriptionId: adaSub.id, amount: 500, frequency: "MONTHLY", paidAt: "2026-01-01T00:00:00Z" });
    await make.donation({ supporterId: ada.id, subscriptionId: adaSub.id, amount: 500, frequency: "MONTHLY", paidAt: "2026-02-01T00:00:00Z" });
    ids.ada = ada.id;

    const ben = await make.supporter({ firstGiftAt: "2026-01-02T00:00:00Z" });
    await make.subscription({ supporterId: ben.id, amount: 900, frequency: "ANNUAL", status: "CANCELED", startedAt: "2026-01-02T00:00:00Z", canceledAt: "2026-01-20T00:00:00Z" });
    ids.ben = ben.id;

    const cy = await make.supporter({ firstGiftAt: "2026-01-03T00:00:00Z" });
    await make.donation({ supporterId: cy.id, amount: 2500, paidAt: "2026-01-03T00:00:00Z", status: "REFUNDED", amountRefunded: 2500 });
    ids.cy = cy.id;

    for (let i = 0; i < 5; i++) {
      const s = await make.supporter({ firstGiftAt: `2026-02-0${i + 1}T00:00:00Z` });
      await make.donation({ supporterId: s.id, amount: 1000 + i, paidAt: `2026-02-0${i + 1}T00:00:00Z` });
    }
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
    setPiiKeysForProcess(undefined);
  });

  const find = (search: Parameters<typeof searchSupporters>[2]) => searchSupporters(db.prisma, pool, search);

  it("finds a supporter by exact email, whatever its case, through the blind index", async () => {
    const { supporters } = await find({ query: " ADA@example.ORG " });
    expect(supporters.map((s) => s.id)).toEqual([ids.ada]);
    expect(supporters[0]).toMatchObject({ recurring: "active", gifts: 2, given: [{ currency: "usd", amount: 1000 }] });
  });

  it("finds a supporter by Stripe customer id and by exact full name", async () => {
    expect((await find({ query: "cus_ada" })).supporters.map((s) => s.id)).toEqual([ids.ada]);
    expect((await find({ query: "ada   LOVELACE" })).supporters.map((s) => s.id)).toEqual([ids.ada]);
    expect((await find({ query: "Ada" })).supporters).toEqual([]);
  });

  it("filters active recurring, lapsed, one-time only, and refunded or disputed supporters", async () => {
    expect((await find({ filter: "active-recurring" })).supporters.map((s) => s.id)).toEqual([ids.ada]);
    expect((await find({ filter: "lapsed" })).supporters.map((s) => s.id)).toEqual([ids.ben]);
    expect((await find({ filter: "refunded-disputed" })).supporters.map((s) => s.id)).toEqual([ids.cy]);
    expect((await find({ filter: "one-time" })).supporters).toHaveLength(6);
  });

  it("pages through every supporter exactly once with keyset cursors, in both orders", async () => {
    for (const sort of ["newest", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await find({ sort, cursor, pageSize: 3 });
        seen.push(...page.supporters.map((s) => s.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
      expect(sort === "newest" ? seen.at(-1) : seen[0]).toBe(ids.ada);
    }
  });

  it("shows a supporter's decrypted identity, Stripe link and timeline", async () => {
    const profile = await getSupporterProfile(db.prisma, ids.ada!);
    expect(profile).toMatchObject({ email: "ada@example.org", name: "Ada Lovelace", customers: [{ id: "cus_ada", stripeUrl: "https://dashboard.stripe.com/test/customers/cus_ada" }] });
    expect(profile!.timeline.map((e) => e.kind)).toEqual(["donation", "donation", "subscription-change"]);
  });

  it("exports supporters as CSV, with identities only when asked", async () => {
    const withIdentities = await text(streamSupportersCsv(db.prisma, { filter: "active-recurring", withIdentities: true, batchSize: 2 }));
    expect(withIdentities.trim().split("\n")).toEqual(["supporter_id,first_gift_at,created_at,email,name", `${ids.ada},2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,ada@example.org,Ada Lovelace`]);
    const anonymous = await text(streamSupportersCsv(db.prisma, { filter: "all", withIdentities: false, batchSize: 3 }));
    expect(anonymous).not.toContain("ada@example.org");
    expect(anonymous.trim().split("\n")).toHaveLength(1 + 8);
  });

  it("exports donations across batches with exact decimal amounts", async () => {
    const csv = await text(streamDonationsCsv(pool, { status: "refunded" }, 2));
    const [header, row, ...rest] = csv.trim().split("\n");
    expect(header).toBe("donation_id,paid_at,amount,amount_refunded,currency,frequency,status,supporter_id,subscription_id,stripe_payment_intent_id,stripe_invoice_id");
    expect(row).toContain(",2026-01-03T00:00:00.000Z,25.00,25.00,usd,once,refunded,");
    expect(rest).toEqual([]);
    const all = await text(streamDonationsCsv(pool, {}, 2));
    expect(all.trim().split("\n")).toHaveLength(1 + 8);
  });
});
