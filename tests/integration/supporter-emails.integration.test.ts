// The emails a supporter gets about their recurring gift, through the real path: changes made at
// the Stripe emulator (real SDK, test clocks), its events through the webhook route, the
// "supporter-notice" jobs run by a real pg-boss worker, and the mail read from a real SMTP server.
import type { ParsedMail } from "mailparser";
import type Stripe from "stripe";
import { listFailedRenewals } from "@/lib/dashboard/list-failed-renewals";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { launchBrowser } from "@/tests/helpers/browser";
import { sendAnnualRenewalNotices } from "@/lib/manage/send-annual-renewal-notices";
import { advanceMonths, newAttempt, reader, recordedEvents, startMonthly, updateCardInPortal } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { startRequestWorker, waitForJobsToDrain, type RequestWorker } from "@/tests/helpers/request-jobs";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_supporter_emails";
const DAY = 86_400;
const THREE_D_SECURE = "4000002760003184";

describe("emails about a recurring gift", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let inbox: SmtpInbox;
  let worker: RequestWorker;
  const delivered = new Set<string>();

  /** Delivers every handled event the emulator recorded since the last call, in Stripe's order. */
  const deliverNew = async () => {
    const fresh = (await recordedEvents(t)).filter((event) => isHandledEventType(event.type) && !delivered.has(event.id));
    for (const event of fresh) {
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
      delivered.add(event.id);
    }
    return fresh;
  };
  const redeliver = async (events: Stripe.Event[]) => {
    for (const event of events) expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
  };
  const drained = async () => {
    await waitForJobsToDrain(db.url, ["supporter-notice"]);
    return inbox.settled();
  };
  const to = (address: string) => (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((field) => field?.value.some((a) => a.address === address));
  // Receipts (lib/receipts, their own spec) go to the same supporters: these tests read the other emails.
  const isReceipt = (mail: { subject?: string }) => mail.subject === "Your receipt" || mail.subject === "Ваша квитанция";
  const mailTo = async (address: string) => (await drained()).filter(to(address)).filter((mail) => !isReceipt(mail));

  beforeAll(async () => {
    db = await createTestDatabase();
    inbox = await startSmtpInbox();
    t = await startTestEmulator();
    Object.assign(process.env, { SMTP_URL: inbox.url, APP_URL: "https://give.example.org", NEWSROOM_NAME: "The Independent Ledger" });
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    worker = await startRequestWorker(db.url);
  });
  afterAll(async () => {
    await worker.stop();
    await closeAppDatabase();
    await t.close();
    await inbox.close();
    await db.drop();
  });

  describe("A renewal with the 3-D Secure card", () => {
    it("emails a confirmation link and completes after confirming", async () => {
      const started = await startMonthly({ t, prisma: db.prisma }, THREE_D_SECURE, 700);
      const email = String(started.customer.email);
      await deliverNew();
      await advanceMonths({ t, prisma: db.prisma }, started.clock, 1);
      const renewal = await deliverNew();
      expect(renewal.map((event) => event.type)).toEqual(expect.arrayContaining(["invoice.payment_failed", "invoice.payment_action_required"]));

      // One email, asking to confirm (not "declined"), with the invoice's hosted page.
      const mails = await mailTo(email);
      expect(mails.map((mail) => mail.subject)).toEqual(["Please confirm your recurring gift's payment"]);
      const invoice = (await t.stripe.subscriptions.retrieve(started.subscriptionId, { expand: ["latest_invoice"] })).latest_invoice as Stripe.Invoice;
      expect(mails[0]!.text).toContain(String(invoice.hosted_invoice_url));
      expect(mails[0]!.text).toContain("€7");
      expect(mails[0]!.text).toContain("https://give.example.org/manage");

      // Staff see it beside the failed renewals, not among them.
      const awaiting = await listFailedRenewals(db.prisma, "eur", 10, true);
      expect(awaiting.renewals).toEqual([expect.objectContaining({ amount: 700, frequency: "MONTHLY", lastFailureReason: "authentication_required", lastFailureAt: expect.any(Date) })]);
      expect((await listFailedRenewals(db.prisma, "eur")).total).toBe(0);

      // Stripe telling us again sends nothing more.
      await redeliver(renewal);
      expect(await mailTo(email)).toHaveLength(1);

      // The supporter follows the link and confirms with their bank.
      const link = /https?:\/\/\S+\/invoices\/in_\S+/.exec(mails[0]!.text ?? "")?.[0];
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await page.goto(String(link));
        await page.getByRole("button", { name: "Complete authentication" }).click();
        await page.waitForURL((url) => url.href.startsWith(String(link)));
        await expect(page.getByRole("button", { name: "Complete authentication" }).count()).resolves.toBe(0);
      } finally {
        await browser.close();
      }
      const confirmed = await deliverNew();
      expect(confirmed.map((event) => event.type)).toContain("invoice.paid");
      const row = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: started.subscriptionId }, include: { donations: { orderBy: { paidAt: "asc" } } } });
      expect(row).toMatchObject({ status: "ACTIVE", lastFailureReason: null });
      expect(row.donations.map((donation) => [donation.amount, donation.status])).toEqual([
        [700, "SUCCEEDED"],
        [700, "SUCCEEDED"],
      ]);
      expect((await listFailedRenewals(db.prisma, "eur", 10, true)).total).toBe(0);
      expect(await mailTo(email)).toHaveLength(1);
    });
  });

  describe("when a monthly supporter changes their gift", () => {
    it("confirms each change Stripe confirmed once, in the language they gave in, with the next payment", async () => {
      const started = await startMonthly({ t, prisma: db.prisma }, "4242424242424242", 500);
      await db.prisma.checkoutAttempt.update({ where: { id: started.attemptId }, data: { locale: "ru" } });
      const email = String(started.customer.email);
      await deliverNew();
      const periodEnd = (await t.stripe.subscriptions.retrieve(started.subscriptionId)).items.data[0]!.current_period_end;
      let now = (await t.stripe.testHelpers.testClocks.retrieve(started.clock.id)).frozen_time;
      const later = async (days: number) => {
        now += days * DAY;
        await t.stripe.testHelpers.testClocks.advance(started.clock.id, { frozen_time: now });
      };
      const current = (await t.stripe.subscriptions.retrieve(started.subscriptionId)).items.data[0]!;
      await t.stripe.subscriptions.update(started.subscriptionId, {
        items: [{ id: current.id, price_data: { currency: "eur", unit_amount: 1200, recurring: { interval: "month" }, product: String(current.price.product) } }],
        proration_behavior: "none",
      });
      await later(1);
      await t.stripe.subscriptions.update(started.subscriptionId, { pause_collection: { behavior: "void", resumes_at: now + 45 * DAY } });
      await later(1);
      await t.stripe.subscriptions.update(started.subscriptionId, { pause_collection: "" });
      await later(1);
      await updateCardInPortal({ t, prisma: db.prisma }, started.customer.id, "5555555555554444");
      await t.stripe.subscriptions.update(started.subscriptionId, { cancel_at_period_end: true });
      await t.stripe.subscriptions.update(started.subscriptionId, { cancel_at_period_end: false });
      await t.stripe.subscriptions.update(started.subscriptionId, { cancel_at_period_end: true, cancellation_details: { feedback: "too_expensive" } });
      await later(40);
      const events = await deliverNew();

      const mails = await mailTo(email);
      // The worker sends a batch of jobs side by side: the order of arrival is not the order of the changes.
      expect(mails.map((mail) => mail.subject).sort()).toEqual(
        [
          "Регулярное пожертвование: новая сумма подтверждена",
          "Регулярное пожертвование приостановлено",
          "Регулярное пожертвование снова действует",
          "Карта для регулярного пожертвования обновлена",
          "Регулярное пожертвование будет прекращено",
          "Регулярное пожертвование продолжится",
          "Регулярное пожертвование будет прекращено",
          "Регулярное пожертвование прекращено",
        ].sort(),
      );
      const amount = mails.find((mail) => mail.subject?.includes("новая сумма"));
      const paused = mails.find((mail) => mail.subject?.includes("приостановлено"));
      expect(amount!.text).toMatch(/теперь составляет 12\s€ в месяц вместо 5\s€ в месяц/);
      expect(amount!.text).toMatch(/Следующий платёж, .*: 12\s€\./);
      expect(paused!.text).toContain("оно возобновится само");
      expect(mails.every((mail) => mail.text?.includes("https://give.example.org/manage"))).toBe(true);
      // Discreet: neither the subject nor the sender's name names the newsroom.
      expect(mails.every((mail) => !`${mail.subject} ${mail.from?.text}`.includes("Ledger"))).toBe(true);
      const ending = mails.filter((mail) => mail.subject === "Регулярное пожертвование будет прекращено");
      const endDate = new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(periodEnd * 1000));
      expect(ending.map((mail) => mail.text?.includes(`в конце текущего периода, ${endDate}`))).toEqual([true, true]);

      // Stripe delivering the same events again, in any order, sends nothing more.
      await redeliver([...events].reverse());
      expect(await mailTo(email)).toHaveLength(mails.length);
    });

    it("confirms a switch to annual when it is scheduled, and again when it happens", async () => {
      const started = await startMonthly({ t, prisma: db.prisma }, "4242424242424242", 500);
      const email = String(started.customer.email);
      await deliverNew();
      const subscription = await t.stripe.subscriptions.retrieve(started.subscriptionId);
      const item = subscription.items.data[0]!;
      const annual = await t.stripe.prices.create({ product: String(item.price.product), currency: "eur", unit_amount: 5000, recurring: { interval: "year" } });
      // As lib/account switches: a schedule whose next phase, from the period's end, is the annual price.
      const schedule = await t.stripe.subscriptionSchedules.create({ from_subscription: started.subscriptionId });
      await t.stripe.subscriptionSchedules.update(schedule.id, {
        end_behavior: "release",
        phases: [
          { items: [{ price: item.price.id, quantity: 1 }], start_date: schedule.phases[0]!.start_date, end_date: item.current_period_end },
          { items: [{ price: annual.id, quantity: 1 }], proration_behavior: "none" },
        ],
      });
      const scheduled = await deliverNew();
      await redeliver(scheduled);
      const switchDate = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(item.current_period_end * 1000));
      const first = await mailTo(email);
      expect(first.map((mail) => mail.subject)).toEqual(["Your recurring gift: change of schedule confirmed"]);
      expect(first[0]!.text).toContain(`will change from €5 a month to €50 a year on ${switchDate}`);
      expect(first[0]!.text).toContain(`Your next payment: €50 on ${switchDate}.`);

      await advanceMonths({ t, prisma: db.prisma }, started.clock, 1);
      await deliverNew();
      const all = await mailTo(email);
      expect(all.map((mail) => mail.subject).sort()).toEqual(["Your recurring gift: change of schedule confirmed", "Your recurring gift: new schedule confirmed"]);
      expect(all.find((mail) => mail.subject === "Your recurring gift: new schedule confirmed")!.text).toContain("is now €50 a year, instead of €5 a month");
    });

    it("sends nothing for a supporter who was erased", async () => {
      const started = await startMonthly({ t, prisma: db.prisma });
      await deliverNew();
      const row = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: started.subscriptionId }, select: { supporterId: true } });
      await db.prisma.supporter.update({ where: { id: row.supporterId! }, data: { erasedAt: new Date(), emailEncrypted: null } });
      await t.stripe.subscriptions.update(started.subscriptionId, { cancel_at_period_end: true });
      await deliverNew();
      expect(await mailTo(String(started.customer.email))).toEqual([]);
    });
  });

  describe("when a yearly gift comes up for renewal", () => {
    /** A yearly gift on its own test clock, its events delivered; returns where its period ends. */
    async function startAnnual(locale: string | null = null) {
      const who = reader();
      const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
      const customer = await t.stripe.customers.create({ email: who.email, name: who.name, test_clock: clock.id });
      const attemptId = await newAttempt(db.prisma, "MONTHLY", 6000);
      await db.prisma.checkoutAttempt.update({ where: { id: attemptId }, data: { frequency: "ANNUAL", locale } });
      const metadata = { attempt_id: attemptId, frequency: "annual", source: "scenario" };
      const session = await t.stripe.checkout.sessions.create({
        mode: "subscription",
        customer: customer.id,
        line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 6000, recurring: { interval: "year" }, product_data: { name: "Annual donation" } } }],
        success_url: "http://localhost:3000/thank-you?session_id={CHECKOUT_SESSION_ID}",
        client_reference_id: attemptId,
        metadata,
        subscription_data: { metadata },
      });
      expect((await t.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242", ...who })).status).toBe(200);
      const subscriptionId = String((await t.stripe.checkout.sessions.retrieve(session.id)).subscription);
      await deliverNew();
      const renewal = (await t.stripe.subscriptions.retrieve(subscriptionId)).items.data[0]!.current_period_end;
      const advance = async (seconds: number) => {
        await t.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: seconds });
        await deliverNew();
        return new Date(seconds * 1000);
      };
      return { email: who.email, subscriptionId, renewal, advance };
    }
    const notices = async (email: string) => (await inbox.settled()).filter(to(email)).filter((mail) => mail.subject === "Your yearly gift renews soon" || mail.subject === "Скоро продление ежегодного пожертвования");

    it("tells the supporter 7 to 14 days before, once per period, with the amount, the date and where to change or cancel", async () => {
      const gift = await startAnnual();
      const early = await gift.advance(gift.renewal - 20 * DAY);
      await sendAnnualRenewalNotices(db.prisma, early);
      expect(await notices(gift.email)).toEqual([]);

      const due = await gift.advance(gift.renewal - 10 * DAY);
      await sendAnnualRenewalNotices(db.prisma, due);
      await sendAnnualRenewalNotices(db.prisma, new Date(due.getTime() + DAY * 1000));
      const sent = await notices(gift.email);
      expect(sent).toHaveLength(1);
      const date = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(gift.renewal * 1000));
      expect(sent[0]!.text).toContain(`renews in 10 days: €60 will be taken on ${date}.`);
      expect(sent[0]!.text).toContain("https://give.example.org/manage");
      expect(`${sent[0]!.subject} ${sent[0]!.from?.text}`).not.toContain("Ledger");
    });

    it("writes to a Russian supporter in Russian", async () => {
      const gift = await startAnnual("ru");
      await sendAnnualRenewalNotices(db.prisma, await gift.advance(gift.renewal - 8 * DAY));
      const sent = await notices(gift.email);
      expect(sent.map((mail) => mail.subject)).toEqual(["Скоро продление ежегодного пожертвования"]);
      expect(sent[0]!.text).toMatch(/продлевается через 8 дней: .* будет списано 60\s€\./);
    });

    it("says nothing about a gift that is paused or set to end, even when the ledger missed the pause", async () => {
      const paused = await startAnnual();
      const ending = await startAnnual();
      await t.stripe.subscriptions.update(paused.subscriptionId, { pause_collection: { behavior: "void" } });
      await t.stripe.subscriptions.update(ending.subscriptionId, { cancel_at_period_end: true });
      await deliverNew();
      const [pausedDue, endingDue] = [await paused.advance(paused.renewal - 10 * DAY), await ending.advance(ending.renewal - 10 * DAY)];
      // As if the pause's webhook had been missed: the notice asks Stripe, not only the ledger.
      await db.prisma.subscription.update({ where: { stripeSubscriptionId: paused.subscriptionId }, data: { paused: false } });
      await sendAnnualRenewalNotices(db.prisma, pausedDue);
      await sendAnnualRenewalNotices(db.prisma, endingDue);
      await drained();
      expect([...(await notices(paused.email)), ...(await notices(ending.email))]).toEqual([]);
    });
  });
});
