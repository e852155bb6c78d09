// What Stripe says now about one payment: its charge, how much went back, any dispute, and why
// it failed. Every donation writer reads this, so refunds and disputes survive any event order.
import type Stripe from "stripe";
import type { Settlement } from "../supporters/record-donation";
import { idOf } from "./id-of";
import { readSettlement } from "./read-settlement";
import { getStripe } from "./stripe";

export type PaymentState = {
  paymentIntentId: string | null;
  chargeId: string | null;
  paidAt: Date | null;
  amountRefunded: number;
  disputeId: string | null;
  disputeStatus: string | null;
  failureReason: string | null;
  settled: "succeeded" | "processing" | "failed";
  /** Paid by a bank debit, which settles days after the reader confirms (and may fail then). */
  bankDebit: boolean;
  /** The charge's balance transaction, once Stripe has settled it. */
  settlement: Settlement | null;
};

// Stripe's delayed-notification debits: accepted at checkout, settled (or failed) days later.
const BANK_DEBITS = new Set(["sepa_debit", "bacs_debit", "us_bank_account", "au_becs_debit", "acss_debit", "nz_bank_account"]);

export function failureReasonOf(intent: Stripe.PaymentIntent): string | null {
  const error = intent.last_payment_error;
  if (!error) return null;
  return error.decline_code ?? error.code ?? error.message ?? "payment_failed";
}

function settledOf(intent: Stripe.PaymentIntent): PaymentState["settled"] {
  if (intent.status === "succeeded") return "succeeded";
  if (intent.status === "processing" || intent.status === "requires_action" || intent.status === "requires_confirmation") return "processing";
  return "failed";
}

async function readCharge(charge: string | Stripe.Charge | null): Promise<Stripe.Charge | null> {
  if (charge === null) return null;
  return typeof charge === "string" ? getStripe().charges.retrieve(charge, { expand: ["balance_transaction"] }) : charge;
}

/** `intent` is an id or a PaymentIntent retrieved with `latest_charge` (best with `latest_charge.balance_transaction`) expanded. */
export async function readPaymentState(intent: string | Stripe.PaymentIntent): Promise<PaymentState> {
  const current = typeof intent === "string" ? await getStripe().paymentIntents.retrieve(intent, { expand: ["latest_charge.balance_transaction"] }) : intent;
  const charge = await readCharge(current.latest_charge);
  const settled = settledOf(current);
  let dispute: Stripe.Dispute | undefined;
  if (charge?.disputed) dispute = (await getStripe().disputes.list({ charge: charge.id, limit: 1 })).data[0];
  return {
    paymentIntentId: current.id,
    chargeId: idOf(charge),
    paidAt: settled === "succeeded" && charge ? new Date(charge.created * 1000) : null,
    amountRefunded: charge?.amount_refunded ?? 0,
    disputeId: dispute?.id ?? null,
    disputeStatus: dispute?.status ?? null,
    failureReason: settled === "failed" ? (failureReasonOf(current) ?? "payment_failed") : null,
    settled,
    bankDebit: BANK_DEBITS.has(charge?.payment_method_details?.type ?? current.payment_method_types[0] ?? ""),
    settlement: settled === "succeeded" ? await readSettlement(charge) : null,
  };
}
