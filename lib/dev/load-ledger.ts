// A large synthetic ledger for benchmarks (npm run seed:load): supporters with encrypted
// identities (reader<N>@example.org, findable by the blind index), Stripe customers,
// subscriptions with their history (start, and end for those that ended) and exactly `donations`
// donations over two years, in multi-row INSERTs of
// unnest()ed arrays (one round trip per few thousand rows).
import type { Pool } from "pg";
import { encryptPii } from "../privacy/encrypt-pii";
import { emailIndex } from "../privacy/email-index";
import { seededRandom } from "./seeded-random";

export type LoadOptions = { supporters: number; donations: number; now?: Date; chunk?: number; seed?: number };

const DAY = 86_400_000;

export function loadEmail(i: number): string {
  return `reader${i}@example.org`;
}

type Columns = Record<string, unknown[]>;

async function insert(pool: Pool, table: string, columns: Columns, types: Record<string, string>) {
  const names = Object.keys(columns);
  if ((columns[names[0]!] ?? []).length === 0) return;
  const select = names.map((name, i) => `$${i + 1}::${types[name]}[]`).join(", ");
  await pool.query(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT * FROM unnest(${select})`,
    names.map((n) => columns[n]),
  );
}

export async function loadLedger(pool: Pool, options: LoadOptions, onProgress: (donations: number) => void = () => {}): Promise<{ supporters: number; donations: number; subscriptions: number }> {
  const random = seededRandom(options.seed ?? 11);
  const now = (options.now ?? new Date()).getTime();
  const start = now - 730 * DAY;
  const chunk = options.chunk ?? 4000;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let donationsLeft = options.donations;
  let subscriptions = 0;
  const perSupporter = options.donations / options.supporters;
  const runId = Date.now().toString(36);

  for (let base = 0; base < options.supporters; base += chunk) {
    const s: Columns = { id: [], emailIndex: [], emailEncrypted: [], firstGiftAt: [], createdAt: [], updatedAt: [] };
    const c: Columns = { id: [], supporterId: [] };
    const sub: Columns = {
      id: [],
      stripeSubscriptionId: [],
      supporterId: [],
      status: [],
      frequency: [],
      amount: [],
      currency: [],
      startedAt: [],
      canceledAt: [],
      lastFailureReason: [],
      lastFailureAt: [],
      currentPeriodEnd: [],
      updatedAt: [],
    };
    const h: Columns = { id: [], subscriptionId: [], kind: [], currency: [], fromAmount: [], fromFrequency: [], toAmount: [], toFrequency: [], occurredAt: [] };
    const d: Columns = { id: [], supporterId: [], subscriptionId: [], amount: [], amountRefunded: [], currency: [], frequency: [], status: [], paidAt: [], createdAt: [], updatedAt: [] };
    const end = Math.min(options.supporters, base + chunk);
    for (let i = base; i < end; i++) {
      const supportersLeft = options.supporters - i;
      const id = `ld${runId}s${i}`;
      const first = start + Math.sqrt(random()) * 728 * DAY;
      const currency = pick(["usd", "usd", "eur", "eur", "gbp"]);
      const email = loadEmail(i);
      s.id!.push(id);
      s.emailIndex!.push(emailIndex(email));
      s.emailEncrypted!.push(encryptPii(email));
      s.firstGiftAt!.push(new Date(first));
      s.createdAt!.push(new Date(first));
      s.updatedAt!.push(new Date(first));
      c.id!.push(`cus_load_${runId}_${i}`);
      c.supporterId!.push(id);
      // Each supporter gets at least one donation; the budget is spread to land on exactly `donations`.
      const budget = supportersLeft === 1 ? donationsLeft : Math.max(1, Math.min(donationsLeft - (supportersLeft - 1), Math.round(perSupporter * (0.2 + random() * 1.6))));
      const roll = random();
      const recurring = budget > 2 && roll < 0.5;
      const frequency = recurring ? (roll < 0.42 ? "MONTHLY" : "ANNUAL") : "ONCE";
      const periodDays = frequency === "MONTHLY" ? 30.44 : frequency === "ANNUAL" ? 365.25 : 45 + random() * 120;
      const amount = frequency === "MONTHLY" ? pick([300, 500, 1000, 2000]) : frequency === "ANNUAL" ? pick([5000, 10000, 25000]) : pick([1000, 2500, 5000, 10000]);
      let subscriptionId: string | null = null;
      if (recurring) {
        subscriptionId = `ld${runId}sub${i}`;
        subscriptions++;
        const failing = random() < 0.04;
        const cancelled = !failing && random() < 0.3;
        const last = first + (budget - 1) * periodDays * DAY;
        sub.id!.push(subscriptionId);
        sub.stripeSubscriptionId!.push(`sub_load_${runId}_${i}`);
        sub.supporterId!.push(id);
        sub.status!.push(failing ? "PAST_DUE" : cancelled ? "CANCELED" : "ACTIVE");
        sub.frequency!.push(frequency);
        sub.amount!.push(amount);
        sub.currency!.push(currency);
        sub.startedAt!.push(new Date(first));
        const endedAt = cancelled ? new Date(Math.min(now, last + periodDays * DAY * 0.5)) : null;
        sub.canceledAt!.push(endedAt);
        sub.lastFailureReason!.push(failing ? pick(["Your card was declined.", "Your card has insufficient funds.", "Your card has expired."]) : null);
        sub.lastFailureAt!.push(failing ? new Date(now - random() * 10 * DAY) : null);
        sub.currentPeriodEnd!.push(new Date(last + periodDays * DAY));
        sub.updatedAt!.push(new Date(now));
        for (const [kind, at] of [["STARTED", new Date(first)], ...(endedAt ? [["CANCELLED", endedAt] as const] : [])] as const) {
          h.id!.push(`${subscriptionId}${kind === "STARTED" ? "h0" : "h1"}`);
          h.subscriptionId!.push(subscriptionId);
          h.kind!.push(kind);
          h.currency!.push(currency);
          h.fromAmount!.push(kind === "CANCELLED" ? amount : null);
          h.fromFrequency!.push(kind === "CANCELLED" ? frequency : null);
          h.toAmount!.push(kind === "STARTED" ? amount : null);
          h.toFrequency!.push(kind === "STARTED" ? frequency : null);
          h.occurredAt!.push(at);
        }
      }
      for (let k = 0; k < budget; k++) {
        // Renewals are spaced by the period, squeezed into the time left so none is in the future.
        const paidAt = Math.min(now - 60_000, first + k * periodDays * DAY * Math.min(1, (now - first) / (budget * periodDays * DAY)));
        const statusRoll = random();
        const status = statusRoll < 0.02 ? "REFUNDED" : statusRoll < 0.025 ? "DISPUTED" : statusRoll < 0.03 ? "PARTIALLY_REFUNDED" : "SUCCEEDED";
        d.id!.push(`ld${runId}d${i}x${k}`);
        d.supporterId!.push(id);
        d.subscriptionId!.push(subscriptionId);
        d.amount!.push(amount);
        d.amountRefunded!.push(status === "REFUNDED" ? amount : status === "PARTIALLY_REFUNDED" ? Math.floor(amount / 2) : 0);
        d.currency!.push(currency);
        d.frequency!.push(frequency);
        d.status!.push(status);
        d.paidAt!.push(new Date(paidAt));
        d.createdAt!.push(new Date(paidAt));
        d.updatedAt!.push(new Date(paidAt));
      }
      donationsLeft -= budget;
    }
    await insert(pool, "Supporter", s, { id: "text", emailIndex: "text", emailEncrypted: "text", firstGiftAt: "timestamptz", createdAt: "timestamptz", updatedAt: "timestamptz" });
    await insert(pool, "StripeCustomer", c, { id: "text", supporterId: "text" });
    await insert(pool, "Subscription", sub, {
      id: "text",
      stripeSubscriptionId: "text",
      supporterId: "text",
      status: '"SubscriptionStatus"',
      frequency: '"Frequency"',
      amount: "int",
      currency: "varchar",
      startedAt: "timestamptz",
      canceledAt: "timestamptz",
      lastFailureReason: "text",
      lastFailureAt: "timestamptz",
      currentPeriodEnd: "timestamptz",
      updatedAt: "timestamptz",
    });
    await insert(pool, "SubscriptionChange", h, {
      id: "text",
      subscriptionId: "text",
      kind: '"SubscriptionChangeKind"',
      currency: "varchar",
      fromAmount: "int",
      fromFrequency: '"Frequency"',
      toAmount: "int",
      toFrequency: '"Frequency"',
      occurredAt: "timestamptz",
    });
    for (let from = 0; from < d.id!.length; from += 20_000) {
      const slice = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.slice(from, from + 20_000)]));
      await insert(pool, "Donation", slice, {
        id: "text",
        supporterId: "text",
        subscriptionId: "text",
        amount: "int",
        amountRefunded: "int",
        currency: "varchar",
        frequency: '"Frequency"',
        status: '"DonationStatus"',
        paidAt: "timestamptz",
        createdAt: "timestamptz",
        updatedAt: "timestamptz",
      });
    }
    onProgress(options.donations - donationsLeft);
  }
  await pool.query('ANALYZE "Supporter", "StripeCustomer", "Subscription", "SubscriptionChange", "Donation"');
  return { supporters: options.supporters, donations: options.donations - donationsLeft, subscriptions };
}
