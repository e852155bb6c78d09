// The supporter's account page behind a manage link (issue 20, items 1-6), driven through the real
// routes: POST /api/manage/open sets the session cookie, POST /manage/account/gift takes every
// form. Stripe is the emulator (test clocks bill the next periods); its events reach the ledger
// through the webhook route as they happen.
import Stripe from "stripe";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { advanceMonths, recordedEvents, startMonthly } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const APP_URL = "https://give.example.org";
const secret = "whsec_account";
type Route = (request: Request) => Promise<Response>;

describe("a supporter's account page", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let webhook: WebhookRoute;
  let openRoute: Route;
  let giftRoute: Route;
  let createLink: typeof import("@/lib/manage/create-manage-link").createManageLink;
  let emailIndex: typeof import("@/lib/privacy/email-index").emailIndex;
  const delivered = new Set<string>();

  async function deliverNewEvents() {
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id) || !isHandledEventType(event.type)) continue;
      delivered.add(event.id);
      expect((await webhook(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
  }

  function formPost(url: string, fields: Record<string, string>, cookie?: string, origin = APP_URL): Request {
    return new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin, ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** A monthly supporter in the ledger, their manage link followed: their session cookie. */
  async function monthlySupporter(card?: string) {
    const gift = await startMonthly({ t, prisma: db.prisma }, card);
    await deliverNewEvents();
    const cookie = await openLinkFor(gift.customer.email!);
    return { ...gift, cookie };
  }

  async function openLinkFor(email: string, plantedCookie?: string): Promise<string> {
    const supporter = await db.prisma.supporter.findUniqueOrThrow({ where: { emailIndex: emailIndex(email) } });
    const { token } = await createLink(db.prisma, { supporterId: supporter.id, purpose: "MANAGE", sentToIndex: emailIndex(email) });
    const answer = await openRoute(formPost(`${APP_URL}/api/manage/open`, { token }, plantedCookie));
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`${APP_URL}/manage/account`);
    return answer.headers.get("set-cookie")!.split(";")[0]!;
  }

  let requests = 0;
  async function act(cookie: string, fields: Record<string, string>): Promise<string> {
    requests += 1;
    const answer = await giftRoute(formPost(`${APP_URL}/manage/account/gift`, { request: `test-request-${String(requests).padStart(6, "0")}`, ...fields }, cookie));
    expect(answer.status).toBe(303);
    return answer.headers.get("location")!;
  }

  const subscription = (id: string) => t.stripe.subscriptions.retrieve(id, { expand: ["schedule"] });
  const eventCount = async () => (await recordedEvents(t)).length;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    Object.assign(process.env, { APP_URL, CHECKOUT_CURRENCIES: "eur,usd", CHECKOUT_MIN_AMOUNT: "2", CHECKOUT_MAX_AMOUNT: "1000" });
    webhook = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    openRoute = (await import("@/app/api/manage/open/route")).POST;
    giftRoute = (await import("@/app/(site)/manage/account/gift/route")).POST;
    createLink = (await import("@/lib/manage/create-manage-link")).createManageLink;
    emailIndex = (await import("@/lib/privacy/email-index")).emailIndex;
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("opens on a 30-minute httpOnly cookie scoped to the account page, and a newer link ends the older session", async () => {
    const gift = await startMonthly({ t, prisma: db.prisma });
    await deliverNewEvents();
    const supporter = await db.prisma.supporter.findUniqueOrThrow({ where: { emailIndex: emailIndex(gift.customer.email!) } });
    const { token } = await createLink(db.prisma, { supporterId: supporter.id, purpose: "MANAGE", sentToIndex: emailIndex(gift.customer.email!) });
    const answer = await openRoute(formPost(`${APP_URL}/api/manage/open`, { token }));
    const cookie = answer.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^manage_session=[A-Za-z0-9_-]{43}; Path=\/manage\/account; Max-Age=1800; HttpOnly; SameSite=Lax; Secure$/);
    const older = cookie.split(";")[0]!;
    const newer = await openLinkFor(gift.customer.email!);
    await expect(act(older, { action: "pause", subscription: gift.subscriptionId, months: "1" })).resolves.toBe(`${APP_URL}/manage/account?error=session`);
    expect((await subscription(gift.subscriptionId)).pause_collection).toBeNull();
    await expect(act(newer, { action: "pause", subscription: gift.subscriptionId, months: "1" })).resolves.toContain("notice=paused");
  });

  it("raises the amount from the next payment: nothing is charged now, the next invoice charges the new amount and the ledger shows it", async () => {
    const gift = await monthlySupporter();
    const invoicesBefore = (await t.stripe.invoices.list({ subscription: gift.subscriptionId })).data.length;
    await expect(act(gift.cookie, { action: "amount", subscription: gift.subscriptionId, amount: "12.50" })).resolves.toBe(`${APP_URL}/manage/account?notice=amount-requested#gift-${gift.subscriptionId}`);
    const changed = await subscription(gift.subscriptionId);
    expect(changed.items.data[0]!.price).toMatchObject({ unit_amount: 1250, lookup_key: "reader-support-monthly-eur-1250" });
    expect((await t.stripe.invoices.list({ subscription: gift.subscriptionId })).data).toHaveLength(invoicesBefore);
    await deliverNewEvents();
    await advanceMonths({ t, prisma: db.prisma }, gift.clock, 1);
    await deliverNewEvents();
    const renewal = (await t.stripe.invoices.list({ subscription: gift.subscriptionId, limit: 1 })).data[0]!;
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", amount_paid: 1250 });
    const ledger = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: gift.subscriptionId }, include: { changes: true, donations: true } });
    expect(ledger.amount).toBe(1250);
    expect(ledger.changes.map((change) => change.kind)).toContain("AMOUNT_CHANGED");
    expect(ledger.donations.map((donation) => donation.amount).sort()).toEqual([1250, 500]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "supporter.gift_changed", targetId: gift.subscriptionId } });
    expect(JSON.stringify(audit.metadata)).not.toContain("@");
  });

  it("refuses an amount outside the appeal's bounds, and nothing changes at Stripe", async () => {
    const gift = await monthlySupporter();
    const before = await eventCount();
    for (const amount of ["1", "1000.01", "5.555"]) {
      await expect(act(gift.cookie, { action: "amount", subscription: gift.subscriptionId, amount })).resolves.toBe(
        `${APP_URL}/manage/account?error=amount-bounds&gift=${gift.subscriptionId}&typed=${amount}&typedFor=amount#gift-${gift.subscriptionId}`,
      );
    }
    // What is not an amount is refused too, and not echoed back into the page.
    await expect(act(gift.cookie, { action: "amount", subscription: gift.subscriptionId, amount: "<b>9</b>" })).resolves.toBe(
      `${APP_URL}/manage/account?error=amount-bounds&gift=${gift.subscriptionId}#gift-${gift.subscriptionId}`,
    );
    expect(await eventCount()).toBe(before);
    expect((await subscription(gift.subscriptionId)).items.data[0]!.price.unit_amount).toBe(500);
  });

  it("pauses for one month with the renewals voided, resumes early, and refuses a pause of five months", async () => {
    const gift = await monthlySupporter();
    const before = await eventCount();
    await expect(act(gift.cookie, { action: "pause", subscription: gift.subscriptionId, months: "5" })).resolves.toContain("error=pause-months");
    expect(await eventCount()).toBe(before);
    await expect(act(gift.cookie, { action: "pause", subscription: gift.subscriptionId, months: "1" })).resolves.toContain("notice=paused");
    const paused = await subscription(gift.subscriptionId);
    expect(paused.pause_collection?.behavior).toBe("void");
    const expected = new Date();
    expected.setUTCMonth(expected.getUTCMonth() + 1);
    expect(Math.abs(paused.pause_collection!.resumes_at! * 1000 - expected.getTime())).toBeLessThan(4 * 86_400_000);
    await expect(act(gift.cookie, { action: "resume", subscription: gift.subscriptionId })).resolves.toContain("notice=resumed");
    expect((await subscription(gift.subscriptionId)).pause_collection).toBeNull();
    await deliverNewEvents();
    const kinds = (await db.prisma.subscriptionChange.findMany({ where: { subscription: { stripeSubscriptionId: gift.subscriptionId } } })).map((change) => change.kind);
    expect(kinds).toEqual(expect.arrayContaining(["PAUSED", "RESUMED"]));
  });

  it("switches monthly to annual at the end of the period: the next invoice is the annual amount and the ledger says annual", async () => {
    const gift = await monthlySupporter();
    const periodEnd = (await subscription(gift.subscriptionId)).items.data[0]!.current_period_end;
    await expect(act(gift.cookie, { action: "switch", subscription: gift.subscriptionId, frequency: "annual", amount: "60" })).resolves.toContain("notice=switch-requested");
    const scheduled = await subscription(gift.subscriptionId);
    // Nothing changes now: the same monthly price until the period ends.
    expect(scheduled.items.data[0]!.price).toMatchObject({ unit_amount: 500, recurring: { interval: "month" } });
    const schedule = scheduled.schedule as Stripe.SubscriptionSchedule;
    expect(schedule.phases.map((phase) => phase.start_date)).toEqual([expect.any(Number), periodEnd]);
    await expect(act(gift.cookie, { action: "amount", subscription: gift.subscriptionId, amount: "7" })).resolves.toContain("error=switch-pending");
    await deliverNewEvents();
    await advanceMonths({ t, prisma: db.prisma }, gift.clock, 1);
    await deliverNewEvents();
    const renewal = (await t.stripe.invoices.list({ subscription: gift.subscriptionId, limit: 1 })).data[0]!;
    expect(renewal.amount_paid).toBe(6000);
    const ledger = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: gift.subscriptionId } });
    expect(ledger).toMatchObject({ frequency: "ANNUAL", amount: 6000 });
  });

  it("shows each gift as Stripe has it now: amount, next payment, card, a pause and a pending switch", async () => {
    const gift = await monthlySupporter();
    const { readAccountPage } = await import("@/lib/account/read-account-page");
    const token = gift.cookie.split("=")[1];
    await act(gift.cookie, { action: "pause", subscription: gift.subscriptionId, months: "2" });
    await act(gift.cookie, { action: "switch", subscription: gift.subscriptionId, frequency: "annual", amount: "55" });
    const page = await readAccountPage(token, { notice: "switch-requested" });
    if (page.kind !== "open") throw new Error(`the account did not open: ${page.kind}`);
    expect(page.notice).toBe("switch-requested");
    expect(page.gifts).toHaveLength(1);
    expect(page.gifts[0]).toMatchObject({
      id: gift.subscriptionId,
      amount: 500,
      currency: "eur",
      frequency: "monthly",
      status: "active",
      paused: true,
      card: { brand: "visa", last4: "4242" },
      pendingSwitch: { frequency: "annual", amount: 5500 },
      bounds: { min: 200, max: 100000, decimals: 2 },
      switchAmountText: "60",
    });
    await expect(readAccountPage("A".repeat(43), {})).resolves.toEqual({ kind: "signed-out", notice: undefined, error: "session" });
  });

  it("cancels at the end of the period with the supporter's reason, which the ledger keeps for the dashboard", async () => {
    const gift = await monthlySupporter();
    await expect(act(gift.cookie, { action: "cancel", subscription: gift.subscriptionId, feedback: "too_expensive", comment: "Back next year" })).resolves.toContain("notice=cancel-requested");
    const cancelled = await subscription(gift.subscriptionId);
    expect(cancelled).toMatchObject({ status: "active", cancel_at_period_end: true, cancellation_details: { feedback: "too_expensive", comment: "Back next year" } });
    await deliverNewEvents();
    const change = await db.prisma.subscriptionChange.findFirstOrThrow({ where: { subscription: { stripeSubscriptionId: gift.subscriptionId }, kind: "CANCEL_SCHEDULED" } });
    expect(change.reasonFeedback).toBe("too_expensive");
  });

  it("saves a new card through setup-mode Checkout, makes it the default and pays the past-due renewal", async () => {
    const gift = await monthlySupporter("4000000000000341");
    await advanceMonths({ t, prisma: db.prisma }, gift.clock, 1);
    await deliverNewEvents();
    expect((await subscription(gift.subscriptionId)).status).toBe("past_due");
    const checkoutUrl = await act(gift.cookie, { action: "card", subscription: gift.subscriptionId });
    const sessionId = /cs_test_[A-Za-z0-9]+/.exec(checkoutUrl)![0];
    expect((await t.stripe.checkout.sessions.retrieve(sessionId)).mode).toBe("setup");
    expect((await t.control(`checkout/sessions/${sessionId}/pay`, { card: "4242424242424242" })).status).toBe(200);
    await deliverNewEvents();
    const recovered = await t.stripe.subscriptions.retrieve(gift.subscriptionId);
    expect(recovered.status).toBe("active");
    expect(recovered.default_payment_method).toBeTruthy();
    const customer = (await t.stripe.customers.retrieve(gift.customer.id)) as Stripe.Customer;
    expect(customer.invoice_settings.default_payment_method).toBe(recovered.default_payment_method);
  });

  describe("attacks", () => {
    it("session fixation: a session token planted before the link is opened is never the one the link opens", async () => {
      const attacker = await monthlySupporter();
      const victim = await startMonthly({ t, prisma: db.prisma });
      await deliverNewEvents();
      // The attacker plants their own valid session cookie in the victim's browser.
      const victimCookie = await openLinkFor(victim.customer.email!, attacker.cookie);
      expect(victimCookie).not.toBe(attacker.cookie);
      // The planted token still only reaches the attacker's own gift, never the victim's.
      await expect(act(attacker.cookie, { action: "pause", subscription: victim.subscriptionId, months: "1" })).resolves.toContain("error=not-yours");
      expect((await subscription(victim.subscriptionId)).pause_collection).toBeNull();
    });

    it("another supporter's subscription id: refused, audited, and nothing changes at Stripe", async () => {
      const mine = await monthlySupporter();
      const theirs = await startMonthly({ t, prisma: db.prisma });
      await deliverNewEvents();
      const before = await eventCount();
      const attempts: Record<string, string>[] = [
        { action: "amount", amount: "20" },
        { action: "pause", months: "1" },
        { action: "cancel", feedback: "other" },
        { action: "switch", frequency: "annual", amount: "60" },
        { action: "card" },
      ];
      for (const fields of attempts) {
        await expect(act(mine.cookie, { ...fields, subscription: theirs.subscriptionId })).resolves.toBe(`${APP_URL}/manage/account?error=not-yours#gift-${theirs.subscriptionId}`);
      }
      expect(await eventCount()).toBe(before);
      const untouched = await subscription(theirs.subscriptionId);
      expect(untouched).toMatchObject({ cancel_at_period_end: false, pause_collection: null, schedule: null });
      await expect(db.prisma.auditLog.count({ where: { action: "supporter.gift_change_refused", targetId: theirs.subscriptionId } })).resolves.toBe(5);
    });

    it("customer email edit: once the customer's email at Stripe is no longer the link's address, the session cannot change the gift", async () => {
      const gift = await monthlySupporter();
      await t.stripe.customers.update(gift.customer.id, { email: `elsewhere.${Date.now()}@example.org` });
      const before = await eventCount();
      await expect(act(gift.cookie, { action: "pause", subscription: gift.subscriptionId, months: "1" })).resolves.toContain("error=not-yours");
      expect(await eventCount()).toBe(before);
    });

    it("an expired session changes nothing", async () => {
      const gift = await monthlySupporter();
      await db.prisma.manageSession.updateMany({ where: { endedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await expect(act(gift.cookie, { action: "amount", subscription: gift.subscriptionId, amount: "20" })).resolves.toBe(`${APP_URL}/manage/account?error=session`);
      expect((await subscription(gift.subscriptionId)).items.data[0]!.price.unit_amount).toBe(500);
    });

    it("a form posted from another site is refused before anything is read", async () => {
      const gift = await monthlySupporter();
      const answer = await giftRoute(formPost(`${APP_URL}/manage/account/gift`, { action: "cancel", subscription: gift.subscriptionId, request: "cross-site-request-0001" }, gift.cookie, "https://evil.example"));
      expect(answer.status).toBe(403);
      expect((await subscription(gift.subscriptionId)).cancel_at_period_end).toBe(false);
    });
  });
});
