// Opens a saved supporter search by its handle, for the member of staff who made it and while it
// lasts. Anyone else's handle, an ended one or a made-up one opens nothing, alike.
import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { decryptPii } from "../privacy/encrypt-pii";
import type { SupporterSearchRequest } from "./read-supporter-search-form";
import { supporterFilters } from "./search-supporters";

export type SavedSupporterSearch = SupporterSearchRequest & { handle: string };

const HANDLE = /^[A-Za-z0-9_-]{22}$/;

export async function openSupporterSearch(prisma: PrismaClient, staffUserId: string, handle: string, now = new Date()): Promise<SavedSupporterSearch | null> {
  if (!HANDLE.test(handle)) return null;
  const saved = await prisma.supporterSearch.findFirst({
    where: { id: handle, staffUserId, expiresAt: { gt: now } },
    select: { queryEncrypted: true, filter: true, sort: true },
  });
  if (!saved) return null;
  return {
    handle,
    query: saved.queryEncrypted ? decryptPii(saved.queryEncrypted) : undefined,
    filter: supporterFilters.find((f) => f === saved.filter) ?? "all",
    sort: saved.sort === "oldest" ? "oldest" : "newest",
  };
}
