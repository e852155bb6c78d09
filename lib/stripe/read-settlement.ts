// What Stripe settled for a charge in the account's settlement currency: its balance transaction
// (amount after Stripe's own exchange, the rate it applied, its fee and the net). Null until the
// charge has one (a bank debit still processing, a declined card).
import type Stripe from "stripe";
import type { Settlement } from "../supporters/record-donation";
import { getStripe } from "./stripe";

export async function readSettlement(charge: Pick<Stripe.Charge, "balance_transaction"> | null): Promise<Settlement | null> {
  const balanceTransaction = charge?.balance_transaction ?? null;
  if (balanceTransaction === null) return null;
  const transaction = typeof balanceTransaction === "string" ? await getStripe().balanceTransactions.retrieve(balanceTransaction) : balanceTransaction;
  return {
    stripeBalanceTransactionId: transaction.id,
    settlementAmount: transaction.amount,
    settlementCurrency: transaction.currency.toLowerCase(),
    settlementFee: transaction.fee,
    settlementNet: transaction.net,
    exchangeRate: transaction.exchange_rate === null ? null : String(transaction.exchange_rate),
  };
}
