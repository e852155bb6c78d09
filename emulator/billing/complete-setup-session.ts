// A setup-mode Checkout Session completed: the reader's new card is saved (attached to the
// session's customer) through a succeeded SetupIntent, with Stripe's events:
//   [payment_method.attached] setup_intent.created setup_intent.succeeded checkout.session.completed
// Checkout does not make the card anyone's default: the integration reads the SetupIntent and sets
// it on the customer or subscription (then pays a past-due invoice with POST /v1/invoices/:id/pay).
// A card declined up front (4000 0000 0000 0002, ...9995) fails here as it fails at Stripe.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { attachPaymentMethod } from "../resources/payment-methods";
import { buildSetupIntent } from "../resources/setup-intents";
import { cardError } from "./test-cards";

export function completeSetupSession(emulator: EmulatorContext, session: Stripe.Checkout.Session, paymentMethod: Stripe.PaymentMethod, email: string, name: string | null): Stripe.Checkout.Session {
  const behaviour = emulator.state.cardBehaviours[paymentMethod.id];
  if (behaviour === "declined") throw cardError("card_declined", "Your card was declined.", "generic_decline");
  if (behaviour === "insufficient_funds") throw cardError("card_declined", "Your card has insufficient funds.", "insufficient_funds");
  const customer = session.customer ? emulator.state.customers[String(session.customer)] : undefined;
  if (customer) attachPaymentMethod(emulator, paymentMethod, customer.id);
  const options = emulator.state.checkoutOptions[session.id];
  const setupIntent = buildSetupIntent(emulator, {
    customer: customer?.id ?? null,
    paymentMethod,
    metadata: options?.setupIntentMetadata ?? {},
    description: options?.setupIntentDescription ?? null,
    testClock: customer?.test_clock ? String(customer.test_clock) : null,
  });
  emulator.emit("setup_intent.created", setupIntent);
  emulator.emit("setup_intent.succeeded", setupIntent);
  session.setup_intent = setupIntent.id;
  session.status = "complete";
  session.payment_status = "no_payment_required";
  session.url = null;
  session.customer_details = { address: null, business_name: null, email, individual_name: null, name, phone: null, tax_exempt: "none", tax_ids: [] };
  emulator.emit("checkout.session.completed", session);
  return session;
}
