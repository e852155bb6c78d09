// The reader's frequency/amount/currency choice as the appeal passes it
// (`?frequency=monthly&amount=12.50&currency=EUR`), kept on a reminder so the reminder can bring
// them back to it. The choice is a courtesy: anything unreadable is dropped, never an error.
import type { Frequency } from "@/lib/db/generated/enums";
import { minorDigits, minorDigitsOf } from "@/lib/money/minor-digits";

export type DonationChoice = { frequency?: Frequency; amount?: number; currency?: string };

const frequencies: Record<string, Frequency> = { once: "ONCE", monthly: "MONTHLY", annual: "ANNUAL" };
const MAX_MAJOR_UNITS = 1_000_000;

export function parseDonationChoice(input: { frequency?: string | null; amount?: string | null; currency?: string | null }): DonationChoice {
  const choice: DonationChoice = {};
  const frequency = frequencies[(input.frequency ?? "").trim().toLowerCase()];
  if (frequency) choice.frequency = frequency;
  const currency = (input.currency ?? "").trim().toLowerCase();
  const digits = /^[a-z]{3}$/.test(currency) ? minorDigitsOf(currency) : undefined;
  if (digits === undefined) return choice;
  choice.currency = currency;
  const amount = (input.amount ?? "").trim();
  const match = /^(\d{1,7})(?:\.(\d+))?$/.exec(amount);
  if (!match || (match[2] ?? "").length > digits) return choice;
  const major = Number(match[1]);
  const minor = Number((match[2] ?? "").padEnd(digits, "0") || "0");
  if (major > MAX_MAJOR_UNITS) return choice;
  const total = major * 10 ** digits + minor;
  if (total > 0) choice.amount = total;
  return choice;
}

/** The query string the appeal reads back: `frequency=monthly&amount=12.50&currency=eur`. */
export function donationChoiceSearchParams(choice: DonationChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.frequency) params.set("frequency", choice.frequency.toLowerCase());
  if (choice.amount !== undefined && choice.currency) {
    const digits = minorDigits(choice.currency);
    const major = Math.floor(choice.amount / 10 ** digits);
    const minor = choice.amount % 10 ** digits;
    params.set("amount", minor === 0 ? String(major) : `${major}.${String(minor).padStart(digits, "0")}`);
  }
  if (choice.currency) params.set("currency", choice.currency);
  return params;
}
