// Issue 16, item 1: a reader can edit their own Stripe customer's email (billing portal, API).
// Driven end to end: the emulator's events go through the webhook route as they happen, then the
// manage links are asked for and followed as a reader would.
import type { ParsedMail } from "mailparser";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { payOneTime, startMonthly, recordedEvents } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startSmtpInbox, type SmtpInbox } from "@/tests/helpers/smtp-inbox";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_email_edit";
type RequestModule = typeof import("@/lib/manage/send-requested-manage-link");
type PiiModule = typeof import("@/lib/privacy/encrypt-pii");
type OpenModule = typeof import("@/lib/manage/open-manage-link");
type SessionModule = typeof import("@/lib/account/manage-session");
type OwnModule = typeof import("@/lib/account/find-own-subscriptions");

const sentTo = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((to) => to.value.map((a) => a.address));
const tokenIn = (mail: ParsedMail) => /\/manage\/open\?token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? "")?.[1];

describe("when a reader edits their own customer's email", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let inbox: SmtpInbox;
  let route: WebhookRoute;
  let request: RequestModule;
  let pii: PiiModule;
  let open: OpenModule;
  let sessions: SessionModule;
  let own: OwnModule;
  const delivered = new Set<string>();

  /** Delivers, in order, every event the emulator recorded since the last call. */
  async function deliverNewEvents() {
    for (const event of await recordedEvents(t)) {
      if (delivered.has(event.id) || !isHandledEventType(event.type)) continue;
      delivered.add(event.id);
      expect((await route(signedWebhookRequest(event, { secret }))).status).toBe(200);
    }
  }

  /** What the worker does with a /manage request for `address` (the request itself only queues it). */
  async function askForLink(address: string) {
    await request.sendRequestedManageLink(db.prisma, { emailEncrypted: pii.encryptPii(address) });
  }

  /** Asks for a manage link at `address`; follows it if one arrived there; the recurring gifts its account page shows. */
  async function linkFor(address: string): Promise<{ mailed: boolean; gifts: string[] | null }> {
    inbox.clear();
    await askForLink(address);
    const mail = inbox.messages.find((m) => sentTo(m).includes(address));
    if (!mail) return { mailed: false, gifts: null };
    const opened = await open.openManageLink(db.prisma, t.stripe, tokenIn(mail));
    if (!opened.ok) return { mailed: true, gifts: null };
    const session = await sessions.readManageSession(db.prisma, opened.sessionToken);
    return { mailed: true, gifts: session ? (await own.findOwnSubscriptions(db.prisma, t.stripe, session)).map((gift) => gift.id) : null };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    inbox = await startSmtpInbox();
    Object.assign(process.env, { SMTP_URL: inbox.url, APP_URL: "https://give.example.org" });
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    request = await import("@/lib/manage/send-requested-manage-link");
    pii = await import("@/lib/privacy/encrypt-pii");
    open = await import("@/lib/manage/open-manage-link");
    sessions = await import("@/lib/account/manage-session");
    own = await import("@/lib/account/find-own-subscriptions");
  });
  afterAll(async () => {
    await closeAppDatabase();
    await inbox.close();
    await t.close();
    await db.drop();
  });

  it("a customer's email edit never moves another supporter's giving to the editor", async () => {
    const ctx = { t, prisma: db.prisma };
    const victim = await startMonthly(ctx);
    const victimEmail = victim.customer.email!;
    const attacker = { email: `attacker.${Date.now()}@example.org`, name: "Someone Else" };
    const { session } = await payOneTime(ctx, {}, 1000, attacker);
    const attackerCustomer = String((await t.stripe.checkout.sessions.retrieve(session.id)).customer);
    await deliverNewEvents();

    // The attack: point the attacker's own customer at the victim's address, then at a fresh one.
    await t.stripe.customers.update(attackerCustomer, { email: victimEmail });
    await deliverNewEvents();
    const fresh = `fresh.${Date.now()}@example.org`;
    await t.stripe.customers.update(attackerCustomer, { email: fresh });
    await deliverNewEvents();

    const atFresh = await linkFor(fresh);
    expect(atFresh.gifts ?? []).not.toContain(victim.subscriptionId);
    const subscription = await db.prisma.subscription.findUniqueOrThrow({ where: { stripeSubscriptionId: victim.subscriptionId }, select: { supporterId: true } });
    const attackerLink = await db.prisma.stripeCustomer.findUniqueOrThrow({ where: { id: attackerCustomer } });
    expect(attackerLink.supporterId).not.toBe(subscription.supporterId);

    // The victim still gets a link, and it opens their own gift.
    await expect(linkFor(victimEmail)).resolves.toEqual({ mailed: true, gifts: [victim.subscriptionId] });
  });

  it("a manage link never opens a customer whose email at Stripe is no longer the address it was sent to", async () => {
    const ctx = { t, prisma: db.prisma };
    const reader = await startMonthly(ctx);
    await deliverNewEvents();
    const address = reader.customer.email!;
    inbox.clear();
    await askForLink(address);
    const mail = inbox.messages.find((m) => sentTo(m).includes(address));
    expect(mail).toBeDefined();
    // Before the link is followed, the customer's email at Stripe changes (and the ledger has
    // not heard yet): the link was proof of the old address only.
    await t.stripe.customers.update(reader.customer.id, { email: `moved.${Date.now()}@example.org` });
    await expect(open.openManageLink(db.prisma, t.stripe, tokenIn(mail!))).resolves.toEqual({ ok: false, reason: "no-customer" });
  });

  it("a reader who joins someone's supporter with their address cannot open the other's customer from a later address", async () => {
    const ctx = { t, prisma: db.prisma };
    const victim = await startMonthly(ctx);
    await deliverNewEvents();
    const victimEmail = victim.customer.email!;
    // A second checkout with the victim's address makes a new customer that joins their supporter.
    const { session } = await payOneTime(ctx, {}, 700, { email: victimEmail, name: "Not The Victim" });
    const intruder = String((await t.stripe.checkout.sessions.retrieve(session.id)).customer);
    await deliverNewEvents();
    const fresh = `elsewhere.${Date.now()}@example.org`;
    await t.stripe.customers.update(intruder, { email: fresh });
    await deliverNewEvents();
    await expect(linkFor(fresh)).resolves.toEqual({ mailed: false, gifts: null });
    await expect(linkFor(victimEmail)).resolves.toEqual({ mailed: true, gifts: [victim.subscriptionId] });
  });
});
