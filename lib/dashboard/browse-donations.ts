// The donations page: one page of payments for the filters in its query string, the gifts still
// pending at the bank (apart: they are not paid yet), the currencies
// to filter by, and the filters as read (what the page keeps in its links and export).
import "server-only";
import { getPrisma } from "../db/prisma";
import { listCurrencies } from "./list-currencies";
import { listDonations, type DonationFilters } from "./list-donations";
import { listPendingDonations } from "./list-pending-donations";

export type DonationsRequest = DonationFilters & { after?: string };

export async function browseDonations(request: DonationsRequest) {
  const prisma = getPrisma();
  const filters: DonationFilters = { currency: request.currency || undefined, frequency: request.frequency || undefined, status: request.status || undefined };
  const currency = /^[a-z]{3}$/i.test(filters.currency ?? "") ? filters.currency!.toLowerCase() : undefined;
  const [currencies, { donations, nextCursor }, pending] = await Promise.all([listCurrencies(prisma), listDonations(prisma, filters, request.after), listPendingDonations(prisma, currency, 50)]);
  return { filters, currencies, donations, nextCursor, pending };
}
