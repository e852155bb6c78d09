// The supporters page: one page of supporters for a saved search (its handle, ?search=) or for
// a filter and order from the query string. A handle that has ended, or is someone else's, shows
// nothing and says so (ended): the term is never taken from the URL.
import "server-only";
import { getPgPool } from "../db/pg-pool";
import { getPrisma } from "../db/prisma";
import { openSupporterSearch } from "./open-supporter-search";
import { searchSupporters, supporterFilters } from "./search-supporters";

export type SupportersRequest = { search?: string; filter?: string; sort?: string; after?: string };

export async function browseSupporters(staffUserId: string, request: SupportersRequest) {
  const saved = request.search ? await openSupporterSearch(getPrisma(), staffUserId, request.search) : null;
  const ended = Boolean(request.search) && !saved;
  const filter = saved?.filter ?? supporterFilters.find((f) => f === request.filter) ?? "all";
  const sort = saved?.sort ?? (request.sort === "oldest" ? "oldest" : "newest");
  const query = saved?.query;
  const { supporters, nextCursor } = ended ? { supporters: [], nextCursor: null } : await searchSupporters(getPrisma(), getPgPool(), { query, filter, sort, cursor: request.after });
  // What the page's links and export keep: the handle, or the filter and order.
  const keep = saved ? new URLSearchParams({ search: saved.handle }) : new URLSearchParams({ filter, sort });
  return { ended, filter, sort, query, supporters, nextCursor, keep };
}
