// Where the embedded "Remind me later" was opened: the placement and copy variant of the appeal it
// sits in and the article (issue 18, item 5). They ride in the frame's own address
// (/embed/remind/<lang>?placement=&variant=&article=) from page to form post to answer, so the
// sign-up is counted under them; each part is checked on its own and a forged one is dropped, never
// kept or counted as given (attribution.ts, article-address.ts).
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { parseArticleAddress } from "./article-address";
import { parseAttribution, type Attribution } from "./attribution";

export type EmbedRemindPlace = {
  attribution: Attribution;
  /** The article to keep in the frame's address: its allowed address, or only its path. */
  article: string | null;
};

export type EmbedRemindOutcome = { snoozed: number } | { sent: string } | { error: string; when?: string; month?: string };

export function readEmbedRemindPlace(input: { placement?: unknown; variant?: unknown; article?: unknown }, allowedOrigins: readonly string[]): EmbedRemindPlace {
  const address = parseArticleAddress(input.article, allowedOrigins);
  const attribution = parseAttribution({ placement: input.placement, variant: input.variant, articlePath: address.articlePath });
  if (!attribution.placement) return { attribution, article: null };
  return { attribution, article: address.backUrl ?? address.articlePath };
}

/** The frame's address for the place and, after a post, its outcome: /embed/remind/<lang>?... */
export function embedRemindPath(locale: string, place: EmbedRemindPlace, outcome?: EmbedRemindOutcome): string {
  const query = new URLSearchParams();
  const { placement, variant } = place.attribution;
  if (placement) query.set("placement", placement);
  if (placement && variant) query.set("variant", variant);
  if (place.article) query.set("article", place.article);
  if (outcome && "snoozed" in outcome) query.set("snoozed", String(outcome.snoozed));
  if (outcome && "sent" in outcome) query.set("sent", outcome.sent);
  if (outcome && "error" in outcome) {
    query.set("error", outcome.error);
    if (outcome.when) query.set("when", outcome.when.slice(0, 32));
    if (outcome.month) query.set("month", outcome.month.slice(0, 7));
  }
  const search = query.toString();
  return `/embed/remind/${locale}${search ? `?${search}` : ""}`;
}

/** The frame's language: the one its page posted (its path's), else the reader's. */
export function frameLocale(lang: unknown, headers: Pick<Headers, "get">): Locale {
  return isLocale(lang) ? lang : readRequestLocale(headers);
}
