// The supporters list: one search box (exact email, Stripe customer or subscription id, supporter
// id, or exact full name), filters, newest or oldest first, keyset pagination on (createdAt, id).
// Emails and names are encrypted, so search uses their blind indexes: exact matches only.
// The page's details (subscription statuses, gifts and totals per currency) come in one statement
// on the pg pool rather than two Prisma queries: every search renders them (ARCHITECTURE.md, "Hot paths").
import "server-only";
import type { Pool } from "pg";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { emailIndex } from "../privacy/email-index";
import { nameIndex } from "../privacy/name-index";
import { decodeCursor, encodeCursor } from "./keyset-cursor";

export const supporterFilters = ["all", "active-recurring", "lapsed", "one-time", "refunded-disputed"] as const;
export type SupporterFilter = (typeof supporterFilters)[number];
export type SupporterSort = "newest" | "oldest";

export type SupporterSearch = { query?: string; filter?: SupporterFilter; sort?: SupporterSort; cursor?: string; pageSize?: number };

export type SupporterRow = {
  id: string;
  firstGiftAt: Date | null;
  createdAt: Date;
  recurring: "active" | "lapsed" | "none";
  gifts: number;
  given: { currency: string; amount: number }[];
};

const activeStatuses = ["ACTIVE", "TRIALING", "PAST_DUE"] as const;

/**
 * Turns the search box into a condition. Stripe ids are resolved to supporter ids first (a
 * unique-key lookup), so the list query never scans supporters checking each one's customers.
 */
export async function supporterWhere(prisma: PrismaClient, query: string | undefined, filter: SupporterFilter): Promise<Prisma.SupporterWhereInput> {
  const and: Prisma.SupporterWhereInput[] = [{ erasedAt: null }];
  const q = query?.trim();
  if (q) {
    if (q.includes("@")) and.push({ emailIndex: emailIndex(q) });
    else if (q.startsWith("cus_")) {
      const customer = await prisma.stripeCustomer.findUnique({ where: { id: q }, select: { supporterId: true } });
      and.push({ id: customer?.supporterId ?? "" });
    } else if (q.startsWith("sub_")) {
      const subscription = await prisma.subscription.findUnique({ where: { stripeSubscriptionId: q }, select: { supporterId: true } });
      and.push({ id: subscription?.supporterId ?? "" });
    } else and.push({ OR: [{ id: q }, { nameIndex: nameIndex(q) }] });
  }
  if (filter === "active-recurring") and.push({ subscriptions: { some: { status: { in: [...activeStatuses] } } } });
  if (filter === "lapsed") and.push({ subscriptions: { some: {}, none: { status: { in: [...activeStatuses] } } } });
  if (filter === "one-time") and.push({ subscriptions: { none: {} } });
  if (filter === "refunded-disputed") and.push({ donations: { some: { status: { in: ["REFUNDED", "PARTIALLY_REFUNDED", "DISPUTED"] } } } });
  return { AND: and };
}

type PageDetails = { id: string; statuses: string[]; given: { currency: string; amount: number; gifts: number }[] };

const pageDetails = `
  SELECT p."id",
    ARRAY(SELECT "status"::text FROM "Subscription" WHERE "supporterId" = p."id") AS "statuses",
    COALESCE((
      SELECT json_agg(json_build_object('currency', t."currency", 'amount', t."amount", 'gifts', t."gifts") ORDER BY t."currency")
      FROM (
        SELECT "currency", sum("raised")::bigint AS "amount", count(*)::int AS "gifts"
        FROM "Gift" WHERE "supporterId" = p."id"
        GROUP BY "currency"
      ) t
    ), '[]'::json) AS "given"
  FROM unnest($1::text[]) AS p("id")`;

export async function searchSupporters(prisma: PrismaClient, pool: Pool, search: SupporterSearch): Promise<{ supporters: SupporterRow[]; nextCursor: string | null }> {
  const sort = search.sort ?? "newest";
  const pageSize = search.pageSize ?? 50;
  const where = await supporterWhere(prisma, search.query, search.filter ?? "all");
  const after = decodeCursor(search.cursor);
  const op = sort === "newest" ? "lt" : "gt";
  const keyset: Prisma.SupporterWhereInput | undefined = after ? { OR: [{ createdAt: { [op]: after.at } }, { createdAt: after.at, id: { [op]: after.id } }] } : undefined;
  const direction = sort === "newest" ? "desc" : "asc";
  const rows = await prisma.supporter.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: pageSize + 1,
    select: { id: true, firstGiftAt: true, createdAt: true },
  });
  const page = rows.slice(0, pageSize);
  const details = page.length ? (await pool.query<PageDetails>(pageDetails, [page.map((row) => row.id)])).rows : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const supporters = page.map((row) => {
    const mine = byId.get(row.id);
    const statuses = mine?.statuses ?? [];
    const given = mine?.given ?? [];
    return {
      id: row.id,
      firstGiftAt: row.firstGiftAt,
      createdAt: row.createdAt,
      recurring: statuses.some((s) => (activeStatuses as readonly string[]).includes(s)) ? ("active" as const) : statuses.length ? ("lapsed" as const) : ("none" as const),
      gifts: given.reduce((n, t) => n + t.gifts, 0),
      given: given.map((t) => ({ currency: t.currency, amount: Number(t.amount) })),
    };
  });
  const last = page[page.length - 1];
  return { supporters, nextCursor: rows.length > pageSize && last ? encodeCursor(last.createdAt, last.id) : null };
}
