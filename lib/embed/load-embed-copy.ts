// The words and amounts one variant of an embedded appeal shows in one language: the variant's own
// (lib/embed/load-embed-variants.ts; English where it has no translation) or, with none saved, the
// appeal's (lib/donations/load-appeal-copy.ts). A variant's own amounts replace the appeal's presets
// for the currencies it lists.
import "server-only";
import { loadAppealCopy, splitParagraphs } from "@/lib/donations/load-appeal-copy";
import type { DonationOptions } from "@/lib/donations/donation-options";
import type { Locale } from "@/lib/i18n/locales";
import type { Placement, VariantId } from "./attribution";
import type { EmbedVariant } from "./embed-variants-schema";
import { findEmbedVariant, listVariantIds } from "./load-embed-variants";

export type EmbedCopy = { variant: VariantId; heading: string; letter: readonly string[]; letterLocale: Locale };

/** The variant a reader's bucket (0-11, kept in a cookie) falls in: an even share each. */
export async function variantForBucket(placement: Placement, bucket: number): Promise<{ id: VariantId; stored: EmbedVariant | null }> {
  const ids = await listVariantIds(placement);
  const id = ids[bucket % ids.length]!;
  return { id, stored: await findEmbedVariant(placement, id) };
}

export async function loadEmbedCopy(placement: Placement, bucket: number, locale: Locale): Promise<EmbedCopy> {
  const { id, stored } = await variantForBucket(placement, bucket);
  if (!stored) {
    const copy = await loadAppealCopy(locale);
    return { variant: id, heading: copy.headline, letter: copy.letter, letterLocale: copy.letterLocale };
  }
  const translated = locale === "en" ? undefined : stored.translations[locale];
  const own = Boolean(translated?.heading && translated.letter);
  return {
    variant: id,
    heading: own ? translated!.heading : stored.en.heading,
    letter: splitParagraphs(own ? translated!.letter : stored.en.letter),
    letterLocale: own ? locale : "en",
  };
}

export function withVariantAmounts(options: DonationOptions, variant: EmbedVariant | null): DonationOptions {
  if (!variant) return options;
  return {
    ...options,
    currencies: options.currencies.map((currency) => {
      const presets = variant.amounts[currency.code];
      if (!presets) return currency;
      const pick = (list: number[]) => list[Math.min(1, list.length - 1)]!;
      return { ...currency, presets, preselected: { once: pick(presets.once), monthly: pick(presets.monthly), annual: pick(presets.annual) } };
    }),
  };
}
