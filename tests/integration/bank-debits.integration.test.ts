// Bank debits settle days later (issue 21, item 2): the ledger keeps the gift pending and apart
// until the bank settles it, the reader is told by email that it is on its way and, if a one-time
// debit bounces, that nothing was taken; a recurring debit that bounces is a failed renewal (past
// due, the failed-renewal email, the dashboard's list). Driven through the emulator's SEPA debits
// and the webhook route, events delivered as they happen (and again, to prove once-only).
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { newAttempt, recordedEvents, reader } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { monthlyDonation, oneTimeDonation, startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_bank_debits";
const SUCCEEDS = "DE89370400440532013000";
const FAILS = "DE62370400440532013001";
const DAY = 86_400;
type PendingModule = typeof import("@/lib/dashboard/list-pending-donations");
type FailedModule = typeof import("@/lib/dashboard/list-failed-renewals");

describe("when a gift is paid by bank debit", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let inbox: SmtpInbox;
  let route: WebhookRoute;
  let pending: PendingModule;
  let failedRenewals: FailedModule;
  const delivered = new Set<string>();

  /** Delivers every event recorded since the last call, in order; `twice` delivers each again (Stripe repeats itself). */
  async function deliverNewEvents({ twice = false } = {}) {
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id) || !isHandledEventType(event.type)) continue;
      delivered.add(event.id);
      for (let i = 0; i < (twice ? 2 : 1); i++) expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
  }

  const mailsTo = (address: string) => inbox.messages.filter((mail) => [mail.to ?? []].flat().some((to) => to.value.some((a) => a.address === address)));
  const donationOf = (where: { stripeCheckoutSessionId: string }) => db.prisma.donation.findUniqueOrThrow({ where, select: { status: true, paidAt: true, failureReason: true, amount: true } });

  async function payOnce(iban: string, locale = "en") {
    const who = reader();
    const attemptId = await newAttempt(db.prisma, "ONCE", 2500);
    await db.prisma.checkoutAttempt.update({ where: { id: attemptId }, data: { locale } });
    const session = await t.stripe.checkout.sessions.create(
      oneTimeDonation({
        line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 2500, product_data: { name: "One-time support" } } }],
        client_reference_id: attemptId,
        metadata: { attempt_id: attemptId, frequency: "once" },
        customer_creation: "always",
      }),
    );
    expect((await t.control(`checkout/sessions/${session.id}/pay`, { method: "sepa_debit", iban, ...who })).status).toBe(200);
    return { session, who };
  }

  async function payMonthly(iban: string) {
    const who = reader();
    const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const customer = await t.stripe.customers.create({ email: who.email, name: who.name, test_clock: clock.id });
    const attemptId = await newAttempt(db.prisma, "MONTHLY", 500);
    const session = await t.stripe.checkout.sessions.create(
      monthlyDonation({
        customer: customer.id,
        client_reference_id: attemptId,
        metadata: { attempt_id: attemptId, frequency: "monthly" },
        subscription_data: { metadata: { attempt_id: attemptId, frequency: "monthly" } },
      }),
    );
    expect((await t.control(`checkout/sessions/${session.id}/pay`, { method: "sepa_debit", iban, ...who })).status).toBe(200);
    return { session, who, clock };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    inbox = await startSmtpInbox();
    Object.assign(process.env, { SMTP_URL: inbox.url, APP_URL: "https://give.example.org" });
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    pending = await import("@/lib/dashboard/list-pending-donations");
    failedRenewals = await import("@/lib/dashboard/list-failed-renewals");
  });
  afterAll(async () => {
    await closeAppDatabase();
    await inbox.close();
    await t.close();
    await db.drop();
  });

  describe("once, and the bank pays it", () => {
    it("is pending and apart, the reader hears once that it is on its way, then it is paid", async () => {
      const { session, who } = await payOnce(SUCCEEDS);
      await deliverNewEvents({ twice: true });
      expect(await donationOf({ stripeCheckoutSessionId: session.id })).toEqual({ status: "PENDING", paidAt: null, failureReason: null, amount: 2500 });
      expect((await pending.listPendingDonations(db.prisma, "eur")).donations.map((d) => d.amount)).toContain(2500);
      await inbox.settled();
      const [mail, ...more] = mailsTo(who.email);
      expect(more).toEqual([]);
      expect(mail?.subject).toBe("Your gift is on its way");
      expect(mail?.text).toContain("your gift of €25 to");
      expect(mail?.text).toContain("shows as pending until your bank confirms it");

      await t.control(`checkout/sessions/${session.id}/settle`, { outcome: "succeeded" });
      await deliverNewEvents();
      expect(await donationOf({ stripeCheckoutSessionId: session.id })).toMatchObject({ status: "SUCCEEDED", paidAt: expect.any(Date) });
      expect((await pending.listPendingDonations(db.prisma, "eur")).donations).toEqual([]);
      await inbox.settled();
      expect(mailsTo(who.email)).toHaveLength(1);
    });
  });

  describe("once, and the bank does not pay it", () => {
    it("ends failed and tells the reader, in their language, that nothing was taken", async () => {
      const { session, who } = await payOnce(FAILS, "ru");
      await deliverNewEvents();
      await t.control(`checkout/sessions/${session.id}/settle`, { outcome: "failed" });
      await deliverNewEvents({ twice: true });
      expect(await donationOf({ stripeCheckoutSessionId: session.id })).toEqual({ status: "FAILED", paidAt: null, failureReason: "insufficient_funds", amount: 2500 });
      await inbox.settled();
      const subjects = mailsTo(who.email).map((mail) => mail.subject);
      expect(subjects).toEqual(["Ваше пожертвование в пути", "Пожертвование не прошло"]);
      expect(mailsTo(who.email)[1]?.text).toContain("С вашего счёта ничего не списано");
    });
  });

  describe("monthly, on a test clock", () => {
    it("keeps the first payment pending while the subscription is active, then records it paid as the clock advances", async () => {
      const { session, clock } = await payMonthly(SUCCEEDS);
      await deliverNewEvents();
      const subscription = await db.prisma.subscription.findFirstOrThrow({ where: { checkoutAttemptId: session.client_reference_id! }, select: { id: true, status: true } });
      expect(subscription.status).toBe("ACTIVE");
      const first = () => db.prisma.donation.findFirstOrThrow({ where: { subscriptionId: subscription.id }, select: { status: true, paidAt: true, amount: true } });
      expect(await first()).toEqual({ status: "PENDING", paidAt: null, amount: 500 });
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + DAY });
      await deliverNewEvents();
      expect(await first()).toMatchObject({ status: "SUCCEEDED", paidAt: expect.any(Date) });
    });

    it("turns past due, fails the gift and sends the failed-renewal email when the debit bounces", async () => {
      const { session, clock, who } = await payMonthly(FAILS);
      await deliverNewEvents();
      await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + DAY });
      await deliverNewEvents({ twice: true });
      const subscription = await db.prisma.subscription.findFirstOrThrow({ where: { checkoutAttemptId: session.client_reference_id! }, select: { id: true, status: true } });
      expect(subscription.status).toBe("PAST_DUE");
      expect(await db.prisma.donation.findFirstOrThrow({ where: { subscriptionId: subscription.id }, select: { status: true } })).toEqual({ status: "FAILED" });
      expect((await failedRenewals.listFailedRenewals(db.prisma, "eur")).renewals.map((r) => r.subscriptionId)).toContain(subscription.id);
      await inbox.settled();
      const mails = mailsTo(who.email);
      expect(mails.map((mail) => mail.subject)).toEqual(["Your gift is on its way", "Your recurring gift did not go through"]);
      expect(mails[1]?.text).toContain("by direct debit, and your bank did not pay it");
      expect(mails[1]?.text).toMatch(/\/manage\/open\?token=/);
    });
  });
});
