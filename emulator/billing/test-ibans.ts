// Stripe's SEPA Direct Debit test IBANs and what each does (Stripe's "Testing" page, SEPA Direct
// Debit): the payment is `processing` first, then succeeds or fails; the "delayed" ones take at
// least three minutes. Any other well-formed IBAN is refused, as test mode refuses real accounts.
// An IBAN failing its format or check digits is refused as Stripe's IBAN field refuses it.
import { StripeApiError } from "../wire/stripe-api-error";

export type DebitOutcome = { succeeds: boolean; slow: boolean };

const testIbans: Record<string, DebitOutcome> = {
  DE89370400440532013000: { succeeds: true, slow: false },
  DE08370400440532013003: { succeeds: true, slow: true },
  DE62370400440532013001: { succeeds: false, slow: false },
  DE78370400440532013004: { succeeds: false, slow: true },
};

export const SUCCEEDING_TEST_IBAN = "DE89370400440532013000";

const ibanError = (message: string) => new StripeApiError(400, { type: "invalid_request_error", code: "invalid_bank_account_iban", message, param: "sepa_debit[iban]" });

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
function checkDigitsHold(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const character of moved) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function normalizeIban(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

/** The test IBAN's behaviour, or a refusal the reader can act on. */
export function findTestIban(input: string): { iban: string; outcome: DebitOutcome } {
  const iban = normalizeIban(input);
  if (!iban) throw ibanError("Enter your IBAN.");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) throw ibanError("Your IBAN is incomplete.");
  if (!checkDigitsHold(iban)) throw ibanError("Your IBAN is invalid.");
  const outcome = testIbans[iban];
  if (!outcome) throw ibanError(`Your request was in test mode, but used a non test IBAN. Use a test IBAN such as ${SUCCEEDING_TEST_IBAN}.`);
  return { iban, outcome };
}
