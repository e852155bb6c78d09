// Stripe's test cards and what each does here. Any other number is refused, as Stripe's test
// mode refuses real cards; a number failing the Luhn check is `incorrect_number`.
import { StripeApiError } from "../wire/stripe-api-error";

export type CardBehaviour = "succeeds" | "declined" | "insufficient_funds" | "fails_on_renewal" | "requires_authentication";

export type TestCard = { number: string; brand: string; funding: string; behaviour: CardBehaviour };

const cards: TestCard[] = [
  { number: "4242424242424242", brand: "visa", funding: "credit", behaviour: "succeeds" },
  { number: "4000056655665556", brand: "visa", funding: "debit", behaviour: "succeeds" },
  { number: "5555555555554444", brand: "mastercard", funding: "credit", behaviour: "succeeds" },
  { number: "378282246310005", brand: "amex", funding: "credit", behaviour: "succeeds" },
  { number: "4000000000000002", brand: "visa", funding: "credit", behaviour: "declined" },
  { number: "4000000000009995", brand: "visa", funding: "credit", behaviour: "insufficient_funds" },
  // Stripe's "attaching succeeds, charges fail": fine at checkout, declined on every renewal.
  { number: "4000000000000341", brand: "visa", funding: "credit", behaviour: "fails_on_renewal" },
  // Stripe's "always authenticate": 3-D Secure on every payment. The hosted Checkout page stands for
  // the reader's confirmation; a renewal (off session) waits for them (requires_action).
  { number: "4000002760003184", brand: "visa", funding: "credit", behaviour: "requires_authentication" },
];

export const testCardNumbers = cards.map((card) => card.number);

function passesLuhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export const cardError = (code: string, message: string, declineCode?: string, param?: string) =>
  new StripeApiError(402, { type: "card_error", code, message, ...(declineCode ? { decline_code: declineCode } : {}), ...(param ? { param } : {}) });

export function findTestCard(input: string): TestCard {
  const number = input.replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number) || !passesLuhn(number)) throw cardError("incorrect_number", "Your card number is incorrect.", undefined, "number");
  const card = cards.find((candidate) => candidate.number === number);
  if (!card) {
    throw cardError(
      "card_declined",
      "Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.",
      "test_mode_live_card",
    );
  }
  return card;
}

/** The decline (if any) a charge with this card meets, at checkout or on a renewal. */
export function declineFor(behaviour: CardBehaviour, renewal: boolean): { code: string; declineCode: string; message: string } | undefined {
  if (behaviour === "declined" || (behaviour === "fails_on_renewal" && renewal)) {
    return { code: "card_declined", declineCode: "generic_decline", message: "Your card was declined." };
  }
  if (behaviour === "insufficient_funds") return { code: "card_declined", declineCode: "insufficient_funds", message: "Your card has insufficient funds." };
  return undefined;
}

/** Whether a payment with this card waits for the reader to authenticate it (3-D Secure off session). */
export const needsAuthentication = (behaviour: CardBehaviour, renewal: boolean): boolean => behaviour === "requires_authentication" && renewal;
