// A staff member's supporter search, kept server-side under a short-lived random handle: the
// results URL carries the handle, never the term (an email or a name would otherwise sit in
// browser history and in proxy and server logs). Each search is audited: who, and how many it
// found, never what was searched for.
import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { PrismaClient } from "../db/generated/client";
import { encryptPii } from "../privacy/encrypt-pii";
import type { SupporterSearchRequest } from "./read-supporter-search-form";
import { supporterWhere } from "./search-supporters";

/** How long a search's handle opens its results (paging, export) before staff search again. */
export const SUPPORTER_SEARCH_MINUTES = 30;

export async function saveSupporterSearch(prisma: PrismaClient, staffUserId: string, search: SupporterSearchRequest, now = new Date()): Promise<{ handle: string; results: number }> {
  const results = await prisma.supporter.count({ where: await supporterWhere(prisma, search.query, search.filter) });
  // 128 random bits: not guessable, and it says nothing about the search.
  const handle = randomBytes(16).toString("base64url");
  await prisma.$transaction([
    // Ended searches go as new ones are made: an encrypted term is kept no longer than it works.
    prisma.supporterSearch.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.supporterSearch.create({
      data: {
        id: handle,
        staffUserId,
        queryEncrypted: search.query ? encryptPii(search.query) : null,
        filter: search.filter,
        sort: search.sort,
        expiresAt: new Date(now.getTime() + SUPPORTER_SEARCH_MINUTES * 60_000),
      },
    }),
  ]);
  await recordAudit({
    actorUserId: staffUserId,
    action: "supporter.searched",
    targetType: "supporter",
    metadata: { results, filter: search.filter, sort: search.sort, byTerm: Boolean(search.query) },
  });
  return { handle, results };
}
