// Exactly once under pressure: a monthly journey's events delivered all at once with
// duplicates, and delivered while the database goes away and comes back. Stripe's behaviour is
// played by the test: any non-2xx delivery is sent again later. The ledger must end identical
// to a calm, in-order delivery.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type Stripe from "stripe";
import { isHandledEventType } from "@/lib/stripe/dispatch-stripe-event";
import { ledgerSnapshot, resetLedger, type LedgerSnapshot } from "@/tests/helpers/ledger-snapshot";
import { recordedEvents, scenarios } from "@/tests/helpers/ledger-scenarios";
import { closeAppDatabase, loadWebhookRoute, pointAppAtDatabase, type WebhookRoute } from "@/tests/helpers/load-webhook-route";
import { signedWebhookRequest } from "@/tests/helpers/signed-webhook-request";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { startTcpProxy, type TcpProxy } from "@/tests/helpers/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

jest.setTimeout(120_000);

const secret = "whsec_ledger_resilience";

describe("exactly-once delivery of a monthly donation's events", () => {
  let db: TestDatabase;
  let t: TestEmulator;
  let route: WebhookRoute;
  let events: Stripe.Event[];
  let calm: LedgerSnapshot;

  const send = async (event: Stripe.Event) => (await route(signedWebhookRequest(event, { secret }))).status;

  /** Delivers until every event got a 2xx, as Stripe's retries would; returns every status seen. */
  async function deliverUntilAccepted(batch: Stripe.Event[], concurrently: boolean): Promise<number[]> {
    const seen: number[] = [];
    let pending = batch;
    for (let round = 0; pending.length > 0; round++) {
      if (round > 20) throw new Error("deliveries kept failing");
      const statuses = concurrently ? await Promise.all(pending.map(send)) : [];
      if (!concurrently) for (const event of pending) statuses.push(await send(event));
      seen.push(...statuses);
      pending = pending.filter((_, i) => statuses[i] !== 200);
      if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return seen;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestEmulator();
    route = await loadWebhookRoute({ databaseUrl: db.url, webhookSecret: secret, stripeApiBase: t.emulator.url });
    await scenarios["monthly with three renewals"]!({ t, prisma: db.prisma });
    events = (await recordedEvents(t)).filter((event) => isHandledEventType(event.type));
    await deliverUntilAccepted(events, false);
    calm = await ledgerSnapshot(db.prisma);
    expect(calm.donations).toHaveLength(4);
  });
  afterAll(async () => {
    await closeAppDatabase();
    await t.close();
    await db.drop();
  });

  it("applies each event once when every event arrives three times at the same moment", async () => {
    await resetLedger(db.prisma);
    const storm = events.flatMap((event) => [event, event, event]);
    const statuses = await deliverUntilAccepted(storm, true);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
    const rows = await db.prisma.stripeEvent.findMany({ select: { id: true, status: true, attempts: true } });
    expect(rows).toHaveLength(events.length);
    expect(rows.every((row) => (row.status === "PROCESSED" || row.status === "SKIPPED") && row.attempts >= 1)).toBe(true);
  });

  it("applies one event delivered ten times concurrently exactly once", async () => {
    await resetLedger(db.prisma);
    const completed = events.find((event) => event.type === "checkout.session.completed")!;
    await Promise.all(Array.from({ length: 10 }, () => send(completed)));
    const row = await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: completed.id } });
    expect(row).toMatchObject({ status: "PROCESSED", attempts: 1 });
  });

  describe("when the process is killed between recording an event and applying it", () => {
    const ledgerTables = ["Supporter", "StripeCustomer", "Donation", "Subscription", "CheckoutAttempt"];

    it("keeps the event recorded, answers Stripe's retry 503 while the dead delivery's claim lasts, then applies it exactly once", async () => {
      await resetLedger(db.prisma);
      const completed = events.find((event) => event.type === "checkout.session.completed")!;
      // The ledger's tables are locked, so the delivery records and claims the event (StripeEvent
      // is not locked) and then waits inside the apply step, where it is killed.
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      await locker.query(`BEGIN; LOCK TABLE ${ledgerTables.map((table) => `"${table}"`).join(", ")} IN ACCESS EXCLUSIVE MODE`);
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/helpers/ingest-event-child.ts"], {
        cwd: path.join(__dirname, "../.."),
        env: { ...process.env, NODE_ENV: "test", DATABASE_URL: db.url, STRIPE_SECRET_KEY: "sk_test_emulator", STRIPE_API_BASE: t.emulator.url, STRIPE_WEBHOOK_SECRET: secret },
        stdio: ["pipe", "ignore", "ignore"],
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.stdin.end(JSON.stringify(completed));
      try {
        for (let i = 0; !(await db.prisma.stripeEvent.findUnique({ where: { id: completed.id } })); i++) {
          if (i > 300) throw new Error("the delivery never recorded the event");
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        child.kill("SIGKILL");
        await exited;
      } finally {
        await locker.query("ROLLBACK");
        await locker.end();
      }
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: completed.id } })).toMatchObject({ status: "RECEIVED", attempts: 1 });
      expect(await db.prisma.donation.count()).toBe(0);

      // Stripe got no 2xx, so it sends the event again: at once, the dead delivery's claim still holds.
      expect(await send(completed)).toBe(503);
      // Stripe's later retries come after the claim has run out (minutes, against a 60 s claim).
      await db.prisma.$executeRaw`UPDATE "StripeEvent" SET "lockedUntil" = now() - interval '1 second' WHERE "id" = ${completed.id}`;
      await deliverUntilAccepted(events, false);
      expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: completed.id } })).toMatchObject({ status: "PROCESSED" });
      expect(await send(completed)).toBe(200);
      expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
    });
  });

  describe("when applying an event fails", () => {
    it("answers 500, keeps the error and the attempt count on the row, and counts each retry", async () => {
      const broken = structuredClone(events.find((event): event is Stripe.InvoicePaidEvent => event.type === "invoice.paid")!);
      broken.id = `evt_broken_${Date.now()}`;
      broken.data.object.id = "in_does_not_exist";
      expect(await send(broken)).toBe(500);
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: broken.id } })).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null, lastError: expect.stringMatching(/in_does_not_exist/) });
      expect(await send(broken)).toBe(500);
      expect(await db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: broken.id } })).toMatchObject({ status: "FAILED", attempts: 2 });
    });
  });

  describe("when webhooks were missed", () => {
    it("stripe:reconcile applies what the ledger lacks from the Events API, and a second run applies nothing", async () => {
      await resetLedger(db.prisma);
      await deliverUntilAccepted(
        events.filter((_, i) => i % 3 === 0),
        false,
      );
      const { reconcileEvents } = await import("@/lib/stripe/reconcile-events");
      const seen: number[] = [];
      const first = await reconcileEvents({ since: new Date(Date.now() - 86_400_000), pageSize: 5, onProgress: (p) => seen.push(p.seen) });
      expect(first).toMatchObject({ total: events.length, seen: events.length, applied: events.length - Math.ceil(events.length / 3), failed: 0 });
      expect(seen.at(-1)).toBe(events.length);
      expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
      const second = await reconcileEvents({ since: new Date(Date.now() - 86_400_000) });
      expect(second).toMatchObject({ applied: 0, alreadyApplied: events.length, failed: 0 });
    });

    it("stripe:reconcile applies the events recorded as IGNORED while their type had no handler", async () => {
      await resetLedger(db.prisma);
      // As an earlier version of the app, without these handlers, recorded them: kept, not applied.
      const ignoredRows = events.map((event) => ({ id: event.id, type: event.type, livemode: event.livemode, stripeCreatedAt: new Date(event.created * 1000), status: "IGNORED" as const }));
      await db.prisma.stripeEvent.createMany({ data: ignoredRows });
      const { reconcileEvents } = await import("@/lib/stripe/reconcile-events");
      expect(await reconcileEvents({ since: new Date(Date.now() - 86_400_000) })).toMatchObject({ total: events.length, applied: events.length, failed: 0 });
      expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
      expect(await db.prisma.stripeEvent.count({ where: { status: "IGNORED" } })).toBe(0);
    });
  });

  describe("when the database goes away in the middle of the stream", () => {
    let proxy: TcpProxy;
    beforeAll(async () => {
      const target = new URL(db.url);
      proxy = await startTcpProxy(target.hostname, Number(target.port));
    });
    afterAll(async () => {
      await proxy.close();
      await pointAppAtDatabase(db.url);
    });

    it("answers 5xx while it is away, loses nothing, and ends with the same ledger once retried", async () => {
      await resetLedger(db.prisma);
      const viaProxy = new URL(db.url);
      viaProxy.port = String(proxy.port);
      await pointAppAtDatabase(viaProxy.toString(), 3);
      const half = Math.floor(events.length / 2);
      expect(await deliverUntilAccepted(events.slice(0, half), false)).toEqual(Array(half).fill(200));

      await proxy.stop();
      const duringOutage = [];
      for (const event of events.slice(half)) duringOutage.push(await send(event));
      expect(duringOutage.every((status) => status >= 500)).toBe(true);

      await proxy.start();
      await deliverUntilAccepted(events.slice(half), false);
      expect(await ledgerSnapshot(db.prisma)).toEqual(calm);
    });
  });
});
