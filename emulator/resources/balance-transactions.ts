// /v1/balance_transactions: retrieve and list. A successful charge gets one balance transaction in
// the account's settlement currency (EmulatorContext.settlementCurrency), converted at the
// emulator's fixed exchange table (billing/exchange-rates.ts), less a card-like fee of 2.9% plus
// 30 minor units, as Stripe's own fee would be taken.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { convertMinor, exchangeRate } from "../billing/exchange-rates";
import { newId } from "../state/new-id";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

const FEE_PERCENT = 0.029;
const FEE_FIXED_MINOR = 30;
const TWO_DAYS = 2 * 24 * 60 * 60;

export function recordChargeBalanceTransaction(emulator: EmulatorContext, charge: Stripe.Charge, created: number): Stripe.BalanceTransaction {
  const currency = emulator.settlementCurrency;
  const amount = convertMinor(charge.amount, charge.currency, currency);
  const fee = Math.min(amount, Math.round(amount * FEE_PERCENT) + FEE_FIXED_MINOR);
  const transaction: Stripe.BalanceTransaction = {
    id: newId("txn", 24),
    object: "balance_transaction",
    amount,
    available_on: created + TWO_DAYS,
    balance_type: "payments",
    created,
    currency,
    description: charge.description,
    exchange_rate: exchangeRate(charge.currency, currency),
    fee,
    fee_details: [{ amount: fee, application: null, currency, description: "Stripe processing fees", type: "stripe_fee" }],
    net: amount - fee,
    reporting_category: "charge",
    source: charge.id,
    status: "pending",
    type: "charge",
  };
  emulator.state.balanceTransactions[transaction.id] = transaction;
  return transaction;
}

export const balanceTransactionRoutes: Route[] = [
  route("GET", "/v1/balance_transactions/:id", (emulator, request) => {
    const id = idOf(request);
    const transaction = emulator.state.balanceTransactions[id];
    if (!transaction) throw resourceMissing("balance_transaction", id, "id");
    return transaction;
  }),
  route("GET", "/v1/balance_transactions", (emulator, { params }) => {
    const source = optionalString(params, "source");
    const type = optionalString(params, "type");
    const currency = optionalString(params, "currency");
    const items = newestFirst(emulator.state.balanceTransactions).filter(
      (transaction) => (source === undefined || transaction.source === source) && (type === undefined || transaction.type === type) && (currency === undefined || transaction.currency === currency),
    );
    return paginateList(items, params, "/v1/balance_transactions", "balance_transaction");
  }),
];
