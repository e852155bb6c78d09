// The supporters search form, as posted (a server action; it works as a plain form post too).
import { z } from "zod";
import { supporterFilters, type SupporterFilter, type SupporterSort } from "./search-supporters";

export type SupporterSearchRequest = { query?: string; filter: SupporterFilter; sort: SupporterSort };

// An email address is at most 254 characters; a longer term cannot match anything we keep.
export const MAX_SEARCH_TERM = 320;

const searchForm = z.object({
  q: z.string().trim().max(MAX_SEARCH_TERM).optional(),
  filter: z.enum(supporterFilters).catch("all"),
  sort: z.enum(["newest", "oldest"]).catch("newest"),
});

/** Null when the term is longer than anything searchable: the page says so and nothing is searched. */
export function readSupporterSearchForm(form: FormData): SupporterSearchRequest | null {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const parsed = searchForm.safeParse({ q: text("q"), filter: text("filter"), sort: text("sort") });
  if (!parsed.success) return null;
  const { q, filter, sort } = parsed.data;
  return { query: q || undefined, filter, sort };
}
