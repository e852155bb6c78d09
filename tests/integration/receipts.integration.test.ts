// Issue 20, items 10 and 11: a receipt email for every payment that was kept (first payment,
// renewal, one-time gift, a bank debit once it settles), once each, in the supporter's language;
// staff resend a copy; the yearly statement PDF opens and lists the gifts. Driven end to end: the
// emulator's events go through the webhook route, a real pg-boss worker sends to a real SMTP server.
import type { ParsedMail } from "mailparser";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { advanceMonths, payOneTime, recordedEvents, startMonthly } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { readPdfText } from "@/tests/helpers/pdf-text";
import { startRequestWorker, waitForRequestJobs, type RequestWorker } from "@/tests/helpers/request-jobs";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { createStaffSession } from "@/tests/helpers/staff-session";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(180_000);

// The staff session cookie the dashboard route reads (next/headers outside a Next request).
let sessionCookie: string | undefined;
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && sessionCookie ? { value: sessionCookie } : undefined) }),
  headers: async () => new Headers(),
}));

const secret = "whsec_receipts";
const sentTo = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((to) => to.value.map((a) => a.address));

describe("receipts and yearly statements", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let inbox: SmtpInbox;
  let route: WebhookRoute;
  let worker: RequestWorker;
  const delivered = new Set<string>();
  // How many deliveries the mail server still turns away (a full mailbox, a greylisting server).
  let refusals = 0;
  let monthly: { supporterId: string; email: string; donationIds: string[] };

  /** Delivers, in order, every event the emulator recorded since the last call; the worker then sends what they queued. */
  async function deliverNewEvents() {
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id) || !isHandledEventType(event.type)) continue;
      delivered.add(event.id);
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
    await waitForRequestJobs(db.url);
    await inbox.settled();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    inbox = await startSmtpInbox({ reject: () => (refusals > 0 ? (refusals--, 451) : undefined) });
    Object.assign(process.env, { SMTP_URL: inbox.url, APP_URL: "http://give.example.org", NEWSROOM_NAME: "The Independent Ledger" });
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    worker = await startRequestWorker(db.url);
  });
  afterAll(async () => {
    await worker.stop();
    await closeAppDatabase();
    await inbox.close();
    await t.close();
    await db.drop();
  });

  it("a receipt email arrives for the first payment and a renewal, in the language the supporter gave in, once each", async () => {
    const ctx = { t, prisma: db.prisma };
    const { clock, customer, attemptId, subscriptionId } = await startMonthly(ctx);
    await db.prisma.checkoutAttempt.update({ where: { id: attemptId }, data: { locale: "ru" } });
    await deliverNewEvents();
    const first = await db.prisma.donation.findFirstOrThrow({ where: { checkoutAttemptId: attemptId } });
    expect(inbox.messages).toHaveLength(1);
    const [firstMail] = inbox.messages;
    expect(sentTo(firstMail!)).toEqual([customer.email]);
    expect(firstMail!.subject).toBe("Ваша квитанция");
    expect(firstMail!.text).toContain("Сумма: 5\u00a0€");
    expect(firstMail!.text).toContain("Назначение: Ежемесячная поддержка");
    expect(firstMail!.text).toContain(`Номер: ${first.id}`);
    expect(firstMail!.text).toContain("Этот документ не является налоговой квитанцией.");

    await advanceMonths(ctx, clock, 1);
    await deliverNewEvents();
    const donations = await db.prisma.donation.findMany({ where: { subscription: { stripeSubscriptionId: subscriptionId } }, orderBy: { paidAt: "asc" } });
    expect(donations).toHaveLength(2);
    const renewal = donations[1]!;
    expect(inbox.messages).toHaveLength(2);
    expect(inbox.messages[1]!.subject).toBe("Ваша квитанция");
    expect(inbox.messages[1]!.text).toContain(`Номер: ${renewal.id}`);

    // The same payment named again (a replayed event, the checkout session and its invoice): no second receipt.
    const { queueReceipt } = await import("@/lib/receipts/queue-receipt");
    await queueReceipt(renewal.stripeInvoiceId!);
    await queueReceipt(first.stripeCheckoutSessionId!);
    await waitForRequestJobs(db.url);
    expect(await inbox.settled()).toHaveLength(2);
    expect(await db.prisma.sentNotice.count({ where: { kind: "receipt" } })).toBe(2);
    monthly = { supporterId: first.supporterId!, email: customer.email!, donationIds: donations.map((d) => d.id) };
  });

  it("a one-time gift gets its receipt at once, and a bank debit only once it settles", async () => {
    inbox.clear();
    await payOneTime({ t, prisma: db.prisma }, {}, 2550);
    await deliverNewEvents();
    expect(inbox.messages.map((m) => m.subject)).toEqual(["Your receipt"]);
    expect(inbox.messages[0]!.text).toContain("Amount: €25.50");
    expect(inbox.messages[0]!.text).toContain("For: One-time support");

    inbox.clear();
    const { session } = await payOneTime({ t, prisma: db.prisma }, { method: "bank_debit" }, 4000);
    await deliverNewEvents();
    // The reader is told the debit is on its way (lib/bank-debits), but no receipt goes out before it settles.
    expect(inbox.messages.map((m) => m.subject)).toEqual(["Your gift is on its way"]);
    inbox.clear();
    expect((await t.control(`checkout/sessions/${session.id}/settle`, { outcome: "succeeded" })).status).toBe(200);
    await deliverNewEvents();
    expect(inbox.messages.map((m) => m.subject)).toEqual(["Your receipt"]);
    expect(inbox.messages[0]!.text).toContain("Amount: €40");
  });

  it("a receipt the mail server turned away is sent on the job's retry, still once", async () => {
    inbox.clear();
    refusals = 1;
    const { session } = await payOneTime({ t, prisma: db.prisma }, {}, 1200);
    await deliverNewEvents();
    expect(refusals).toBe(0);
    expect(inbox.messages.map((m) => m.subject)).toEqual(["Your receipt"]);
    const donation = await db.prisma.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } });
    expect(await db.prisma.sentNotice.count({ where: { kind: "receipt", reference: donation.id } })).toBe(1);
  });

  it("the yearly PDF opens and lists them", async () => {
    const { listStatementYears } = await import("@/lib/receipts/list-statement-years");
    const { buildYearlyStatement } = await import("@/lib/receipts/build-yearly-statement");
    const donations = await db.prisma.donation.findMany({ where: { id: { in: monthly.donationIds } } });
    const years = [...new Set(donations.map((d) => d.paidAt!.getUTCFullYear()))].sort().reverse();
    expect(await listStatementYears(monthly.supporterId, db.prisma)).toEqual(years);
    for (const year of years) {
      const { text } = await readPdfText(await buildYearlyStatement(db.prisma, monthly.supporterId, year, "ru"));
      const thatYear = donations.filter((d) => d.paidAt!.getUTCFullYear() === year);
      expect(text).toContain(`Отчёт о пожертвованиях за ${year} год`);
      expect(text).toContain("The Independent Ledger");
      for (const donation of thatYear) expect(text).toContain(donation.id);
      expect(text.replace(/\s+/g, " ")).toContain(`Итого в EUR: ${thatYear.length * 5},00 €`);
      expect(text).not.toContain("\uFFFD");
    }
  });

  it("staff download the statement from the supporter's page: audited, and bad input is refused", async () => {
    const { GET } = await import("@/app/api/dashboard/supporters/[id]/statement/route");
    const get = (query: string, id = monthly.supporterId) => GET(new Request(`http://give.example.org/api/dashboard/supporters/${id}/statement?${query}`), { params: Promise.resolve({ id }) });
    const year = (await db.prisma.donation.findFirstOrThrow({ where: { id: monthly.donationIds[0]! } })).paidAt!.getUTCFullYear();

    sessionCookie = undefined;
    expect((await get(`year=${year}&lang=en`)).status).toBe(401);
    const staff = await createStaffSession(db.prisma, "viewer@newsroom.example", "VIEWER");
    sessionCookie = staff.cookie.split("=")[1];
    expect((await get("year=nineteen&lang=en")).status).toBe(400);
    expect((await get(`year=${year}&lang=de`)).status).toBe(400);
    expect((await get(`year=${year}&lang=en`, "no-such-supporter")).status).toBe(404);
    expect(await db.prisma.auditLog.count({ where: { action: "statement.downloaded" } })).toBe(0);

    const response = await get(`year=${year}&lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text } = await readPdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(`Statement of gifts, ${year}`);
    expect(text).toContain(monthly.donationIds[0]);
    expect(await db.prisma.auditLog.findMany({ where: { action: "statement.downloaded" }, select: { actorUserId: true, targetId: true } })).toEqual([{ actorUserId: staff.userId, targetId: monthly.supporterId }]);
  });

  it("staff resend a copy to the supporter's address on record, audited, at most three an hour per donation", async () => {
    const { resendReceipt } = await import("@/lib/receipts/resend-receipt");
    const staff = await createStaffSession(db.prisma, "desk@newsroom.example", "VIEWER");
    const donationId = monthly.donationIds[0]!;
    inbox.clear();
    for (let i = 0; i < 3; i++) expect(await resendReceipt(staff.userId, monthly.supporterId, donationId, db.prisma)).toBe("sent");
    expect(await resendReceipt(staff.userId, monthly.supporterId, donationId, db.prisma)).toBe("too-many");
    const other = await db.prisma.donation.findFirstOrThrow({ where: { supporterId: { not: monthly.supporterId } } });
    expect(await resendReceipt(staff.userId, monthly.supporterId, other.id, db.prisma)).toBe("not-found");

    const mails = await inbox.settled();
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(sentTo(mail)).toEqual([monthly.email]);
      expect(mail.text).toMatch(/^Это копия квитанции/);
      expect(mail.text).toContain(`Номер: ${donationId}`);
    }
    expect(await db.prisma.auditLog.count({ where: { action: "receipt.resent", actorUserId: staff.userId, targetId: donationId } })).toBe(3);
  });
});
