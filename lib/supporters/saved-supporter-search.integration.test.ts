// A supporter search kept server-side under a handle: it opens only for its maker and while it
// lasts, the term is stored encrypted, and each search is audited without the term.
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { encryptPii } from "../privacy/encrypt-pii";
import { emailIndex } from "../privacy/email-index";
import { setPiiKeysForProcess } from "../privacy/pii-keys";
import { openSupporterSearch } from "./open-supporter-search";
import { saveSupporterSearch, SUPPORTER_SEARCH_MINUTES } from "./save-supporter-search";

const email = "quiet.reader@example.org";

describe("a saved supporter search", () => {
  let db: TestDatabase;
  let searcher: string;
  let colleague: string;

  beforeAll(async () => {
    setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    await db.prisma.supporter.create({ data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), firstGiftAt: new Date() } });
    searcher = (await db.prisma.user.create({ data: { email: "searcher@newsroom.test", role: "VIEWER" } })).id;
    colleague = (await db.prisma.user.create({ data: { email: "colleague@newsroom.test", role: "VIEWER" } })).id;
  });
  afterAll(async () => {
    setPiiKeysForProcess(undefined);
    await db.drop();
  });

  it("opens for the member of staff who made it, with the term, the filter and the order", async () => {
    const { handle, results } = await saveSupporterSearch(db.prisma, searcher, { query: email, filter: "all", sort: "oldest" });
    expect(results).toBe(1);
    expect(handle).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await expect(openSupporterSearch(db.prisma, searcher, handle)).resolves.toEqual({ handle, query: email, filter: "all", sort: "oldest" });
  });

  it("a colleague holding the handle opens nothing", async () => {
    const { handle } = await saveSupporterSearch(db.prisma, searcher, { query: email, filter: "all", sort: "newest" });
    await expect(openSupporterSearch(db.prisma, colleague, handle)).resolves.toBeNull();
  });

  it("opens nothing once it has ended, and the next search deletes it", async () => {
    const made = new Date("2026-12-01T10:00:00Z");
    const { handle } = await saveSupporterSearch(db.prisma, searcher, { query: email, filter: "all", sort: "newest" }, made);
    const later = new Date(made.getTime() + (SUPPORTER_SEARCH_MINUTES + 1) * 60_000);
    await expect(openSupporterSearch(db.prisma, searcher, handle, later)).resolves.toBeNull();
    await saveSupporterSearch(db.prisma, colleague, { filter: "lapsed", sort: "newest" }, later);
    expect(await db.prisma.supporterSearch.count({ where: { id: handle } })).toBe(0);
  });

  it("keeps the term only encrypted, and audits each search with who and how many, never the term", async () => {
    const before = await db.prisma.auditLog.count({ where: { action: "supporter.searched" } });
    const { handle } = await saveSupporterSearch(db.prisma, searcher, { query: email, filter: "all", sort: "newest" });
    const stored = await db.prisma.supporterSearch.findUniqueOrThrow({ where: { id: handle } });
    expect(JSON.stringify(stored)).not.toContain("quiet.reader");
    const audits = await db.prisma.auditLog.findMany({ where: { action: "supporter.searched" }, orderBy: { createdAt: "desc" } });
    expect(audits).toHaveLength(before + 1);
    expect(audits[0]).toMatchObject({ actorUserId: searcher, metadata: { results: 1, filter: "all", sort: "newest", byTerm: true } });
    expect(JSON.stringify(audits)).not.toMatch(/quiet\.reader|example\.org/);
  });
});
