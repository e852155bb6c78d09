import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import type { ParsedMail } from "mailparser";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { queuedJobs, startRequestWorker, waitForRequestJobs } from "@/tests/helpers/request-jobs";
import { runWhileTablesLocked, WAITED_FOR_TABLE } from "@/tests/helpers/table-lock";

const recipients = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((to) => to.value.map((a) => a.address));

async function waitForEmail(inbox: SmtpInbox, subject: string): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = inbox.messages.find((m) => m.subject === subject);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no email "${subject}" within 10 s`);
}

type RouteModule = typeof import("@/app/api/manage/link/route");
type OpenModule = typeof import("@/lib/manage/open-manage-link");
type NotifyModule = typeof import("@/lib/manage/notify-renewal-failed");
type PrivacyModule = typeof import("@/lib/privacy/encrypt-pii") & typeof import("@/lib/privacy/email-index");

describe("manage-my-support links", () => {
  let db: TestDatabase;
  let inbox: SmtpInbox;
  let route: RouteModule;
  let links: OpenModule;
  let notify: NotifyModule;
  let privacy: PrivacyModule;
  let supporterId: string;

  const post = (body: Record<string, string>, address = "203.0.113.7") =>
    route.POST(
      new Request("http://localhost/api/manage/link", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "x-forwarded-for": address },
        body: JSON.stringify(body),
      }),
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    inbox = await startSmtpInbox();
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      SMTP_URL: inbox.url,
      APP_URL: "https://give.example.org",
      LOG_LEVEL: "warn",
      PII_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString("base64")}`,
      PII_INDEX_KEY: randomBytes(32).toString("base64"),
    });
    // Imported after the settings are in place: config and the Prisma client are created on first use.
    route = await import("@/app/api/manage/link/route");
    links = await import("@/lib/manage/open-manage-link");
    notify = await import("@/lib/manage/notify-renewal-failed");
    privacy = { ...(await import("@/lib/privacy/encrypt-pii")), ...(await import("@/lib/privacy/email-index")) };
    const supporter = await db.prisma.supporter.create({
      data: {
        emailIndex: privacy.emailIndex("reader@example.org"),
        emailEncrypted: privacy.encryptPii("reader@example.org"),
        customers: { create: { id: "cus_test_manage" } },
      },
    });
    supporterId = supporter.id;
  });

  afterAll(async () => {
    await closeAppDatabase();
    await inbox.close();
    await db.drop();
  });

  it("a stranger cannot tell a supporter's address from an unknown one by the answer or its timing: both requests only queue the same job", async () => {
    // Requests that read no supporter row answer while that table is locked against any reader.
    const supporterTables = ["Supporter", "StripeCustomer", "ManageLink"];
    const unknown = await runWhileTablesLocked(db.url, supporterTables, () => post({ email: "stranger@example.org" }, "198.51.100.1"));
    const known = await runWhileTablesLocked(db.url, supporterTables, () => post({ email: "Reader@Example.org" }, "198.51.100.2"));
    if (unknown === WAITED_FOR_TABLE || known === WAITED_FOR_TABLE) throw new Error("the request looked up supporters before answering");
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(await unknown.json()).toEqual(await known.json());
    // Nothing was sent by the requests themselves, and each queued one job of the same shape
    // that names no one in the database.
    expect(inbox.messages).toHaveLength(0);
    const jobs = await queuedJobs(db.url, "manage-link-request");
    expect(jobs).toHaveLength(2);
    expect(Object.keys(jobs[0]!.data).sort()).toEqual(Object.keys(jobs[1]!.data).sort());
    expect(JSON.stringify(jobs).toLowerCase()).not.toMatch(/stranger|reader@/);

    // The worker does the rest: only the known supporter gets mail, at the address on record.
    const worker = await startRequestWorker(db.url);
    try {
      await waitForRequestJobs(db.url);
    } finally {
      await worker.stop();
    }
    expect(inbox.messages.map(recipients)).toEqual([["reader@example.org"]]);
    const email = inbox.messages[0]!;
    expect(email.subject).toBe("Your link to manage your support");
    const token = /\/manage\/open\?token=([A-Za-z0-9_-]+)/.exec(email.text ?? "")?.[1];
    await expect(links.checkManageLink(db.prisma, token)).resolves.toEqual({ ok: true });
    expect(email.text).not.toContain("stranger");
  });

  it("refuses a malformed address and stores nothing", async () => {
    const before = await db.prisma.manageLink.count();
    const response = await post({ email: "not-an-address" }, "198.51.100.3");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_email", field: "email" });
    expect(await db.prisma.manageLink.count()).toBe(before);
  });

  it("refuses forged and expired links with the reason", async () => {
    await expect(links.checkManageLink(db.prisma, "x".repeat(43))).resolves.toEqual({ ok: false, reason: "invalid" });
    await expect(links.checkManageLink(db.prisma, "short")).resolves.toEqual({ ok: false, reason: "invalid" });
    const { createManageLink } = await import("@/lib/manage/create-manage-link");
    const { token } = await createManageLink(db.prisma, { supporterId, purpose: "MANAGE", sentToIndex: privacy.emailIndex("reader@example.org") });
    const later = new Date(Date.now() + 31 * 60_000);
    await expect(links.checkManageLink(db.prisma, token, later)).resolves.toEqual({ ok: false, reason: "expired" });
  });

  it("limits requests for one address, with Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post({ email: "limited@example.org" }, `192.0.2.${i + 10}`)).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const refused = await post({ email: "limited@example.org" }, "192.0.2.50");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("tells a supporter about a failed renewal once, however often Stripe reports it", async () => {
    const failure = { invoiceId: "in_test_failed_1", supporterId, amount: 500, currency: "eur" };
    await expect(notify.notifyRenewalFailed(db.prisma, failure)).resolves.toBe("supporter told about the failed renewal");
    await expect(notify.notifyRenewalFailed(db.prisma, failure)).resolves.toBe("skipped: already told the supporter");
    const email = await waitForEmail(inbox, "Your recurring gift did not go through");
    expect(email.text).toContain("€5 to");
    expect(email.text).toMatch(/\/manage\/open\?token=[A-Za-z0-9_-]{43}/);
    expect(email.text).toContain("https://give.example.org/manage");
    // Both calls resolved, so whatever they sent was acknowledged and is in the inbox.
    expect((await inbox.settled()).filter((m) => m.subject === "Your recurring gift did not go through")).toHaveLength(1);
    const link = await db.prisma.manageLink.findFirst({ where: { purpose: "UPDATE_PAYMENT_METHOD" } });
    expect(link?.supporterId).toBe(supporterId);
  });
});
