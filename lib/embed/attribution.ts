// Where an appeal was shown: the placement on the article page, the copy variant and the article's path.
// Everything here arrives from readers' browsers, so each part is checked on its own and a forged or
// malformed part becomes null (ignored), never stored as given. The path is a path only: no origin, query
// or fragment, so no reader-specific value can ride in it.
export const placements = ["footer", "banner"] as const;
export type Placement = (typeof placements)[number];

/** Up to four copy variants per placement; "a" is the appeal's own copy when staff set none. */
export const variantIds = ["a", "b", "c", "d"] as const;
export type VariantId = (typeof variantIds)[number];

export const MAX_ARTICLE_PATH = 512;

export type Attribution = { placement: Placement | null; variant: VariantId | null; articlePath: string | null };

export const noAttribution: Attribution = { placement: null, variant: null, articlePath: null };

export function parsePlacement(value: unknown): Placement | null {
  return placements.find((placement) => placement === value) ?? null;
}

export function parseVariant(value: unknown): VariantId | null {
  return variantIds.find((id) => id === value) ?? null;
}

/** "/2026/12/story?utm=x#top" -> "/2026/12/story"; anything that is not a plain absolute path -> null. */
export function parseArticlePath(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const path = value.split(/[?#]/, 1)[0] ?? "";
  if (!path.startsWith("/") || path.startsWith("//") || path.length > MAX_ARTICLE_PATH) return null;
  // Printable ASCII without spaces, quotes or angle brackets (a browser sends non-ASCII percent-encoded).
  if (!/^\/[\x21-\x7e]*$/.test(path) || /["'<>\\]/.test(path)) return null;
  return path;
}

export function parseAttribution(input: { placement?: unknown; variant?: unknown; articlePath?: unknown }): Attribution {
  const placement = parsePlacement(input.placement);
  // A variant or article without a placement says nothing about where the appeal was: drop them too.
  if (!placement) return noAttribution;
  return { placement, variant: parseVariant(input.variant), articlePath: parseArticlePath(input.articlePath) };
}
