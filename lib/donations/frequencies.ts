// How often a reader gives, as the API, the form and Stripe name it.
import type { Frequency } from "@/lib/db/generated/enums";

export const frequencies = ["once", "monthly", "annual"] as const;
export type DonationFrequency = (typeof frequencies)[number];

export const frequencyToDatabase: Record<DonationFrequency, Frequency> = { once: "ONCE", monthly: "MONTHLY", annual: "ANNUAL" };

/** A value for each frequency, in the order of `frequencies`. */
export function perFrequency<T>(valueFor: (frequency: DonationFrequency) => T): Record<DonationFrequency, T> {
  return { once: valueFor("once"), monthly: valueFor("monthly"), annual: valueFor("annual") };
}

export function isFrequency(value: string): value is DonationFrequency {
  return (frequencies as readonly string[]).includes(value);
}
