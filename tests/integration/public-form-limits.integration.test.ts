// The public form routes (reminders, manage links) refuse a body they should not read, before any
// work: over 8 kB (declared, or only found out while reading), unreadable JSON, or a type that is
// neither a form nor JSON. Nothing is stored: the sign-up's fields are valid, so only the refusal
// stands between them and a stored reminder; the token routes' refusals show in their statuses.
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { queuedJobs } from "@/tests/helpers/request-jobs";

const APP_URL = "http://forms.test";
type Handler = (request: Request) => Promise<Response>;
let db: TestDatabase;
let routes: Record<string, Handler>;

const filler = "x".repeat(9 * 1024);
const fieldsFor: Record<string, Record<string, string>> = {
  "/api/reminders/sign-up": { when: "next-month", email: "reader@example.org", frequency: "monthly", amount: "5", currency: "usd" },
  "/api/reminders/confirm": { token: "t" },
  "/api/reminders/cancel": { token: "t" },
  "/api/manage/link": { email: "reader@example.org" },
  "/api/manage/open": { token: "t" },
};

function post(path: string, body: BodyInit, headers: Record<string, string>): Request {
  return new Request(`${APP_URL}${path}`, { method: "POST", headers: { origin: APP_URL, "x-forwarded-for": "203.0.113.9", ...headers }, body, duplex: "half" } as RequestInit);
}

/** A body sent in pieces with no Content-Length, as a chunked upload is. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 1024));
      at += 1024;
    },
  });
}

async function nothingStored(): Promise<void> {
  expect(await db.prisma.reminder.count()).toBe(0);
  expect(await db.prisma.manageLink.count()).toBe(0);
  expect(await db.prisma.rateLimitBucket.count()).toBe(0);
  expect([...(await queuedJobs(db.url, "reminder-sign-up")), ...(await queuedJobs(db.url, "manage-link-request"))]).toHaveLength(0);
}

beforeAll(async () => {
  db = await createTestDatabase();
  Object.assign(process.env, { DATABASE_URL: db.url, APP_URL, SMTP_URL: "smtp://127.0.0.1:1", LOG_LEVEL: "warn" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  routes = {
    "/api/reminders/sign-up": (await import("@/app/api/reminders/sign-up/route")).POST,
    "/api/reminders/confirm": (await import("@/app/api/reminders/confirm/route")).POST,
    "/api/reminders/cancel": (await import("@/app/api/reminders/cancel/route")).POST,
    "/api/manage/link": (await import("@/app/api/manage/link/route")).POST,
    "/api/manage/open": (await import("@/app/api/manage/open/route")).POST,
  };
});

afterAll(async () => {
  await closeAppDatabase();
  await db.drop();
});

describe.each(Object.keys(fieldsFor))("POST %s", (path) => {
  const form = () => new URLSearchParams({ ...fieldsFor[path], padding: filler }).toString();
  const json = () => JSON.stringify({ ...fieldsFor[path], padding: filler });

  it("answers a form over 8 kB with 413 in plain words, and stores nothing", async () => {
    const response = await routes[path]!(post(path, form(), { "content-type": "application/x-www-form-urlencoded" }));
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toMatch(/larger than 8192 bytes/);
    await nothingStored();
  });

  it("refuses a body whose declared length is over 8 kB without reading it", async () => {
    const response = await routes[path]!(post(path, new URLSearchParams(fieldsFor[path]).toString(), { "content-type": "application/x-www-form-urlencoded", "content-length": "9000" }));
    expect(response.status).toBe(413);
    await nothingStored();
  });

  it("answers JSON over 8 kB sent without a length with 413 payload_too_large, and stores nothing", async () => {
    const response = await routes[path]!(post(path, streamOf(json()), { "content-type": "application/json", accept: "application/json" }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "payload_too_large", message: expect.stringMatching(/8192 bytes/), field: null } });
    await nothingStored();
  });

  it("answers broken JSON with 400 and a body of another type with 415", async () => {
    const broken = await routes[path]!(post(path, '{"email": ', { "content-type": "application/json", accept: "application/json" }));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe("invalid_body");
    const xml = await routes[path]!(post(path, "<email/>", { "content-type": "application/xml", accept: "application/json" }));
    expect(xml.status).toBe(415);
    await nothingStored();
  });
});
