// The card fields shared by the checkout and portal pages: number, expiration (MM / YY), CVC.
// Returns the card or a message the reader can act on.
export type CardForm = { number: string; expMonth: number; expYear: number };

export function readCardForm(form: URLSearchParams, now = new Date()): CardForm | { error: string } {
  const number = (form.get("cardNumber") ?? "").replace(/[\s-]/g, "");
  if (!number) return { error: "Enter your card number." };
  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(form.get("cardExpiry") ?? "");
  if (!expiry) return { error: "Enter the expiration date as MM / YY." };
  const expMonth = Number(expiry[1]);
  const rawYear = Number(expiry[2]);
  const expYear = rawYear < 100 ? 2000 + rawYear : rawYear;
  if (expMonth < 1 || expMonth > 12) return { error: "Your card's expiration month is invalid." };
  if (expYear < now.getUTCFullYear() || (expYear === now.getUTCFullYear() && expMonth < now.getUTCMonth() + 1)) return { error: "Your card's expiration date is in the past." };
  if (!/^\d{3,4}$/.test(form.get("cardCvc") ?? "")) return { error: "Your card's security code (CVC) is incomplete." };
  return { number, expMonth, expYear };
}

export function cardFields(values: { number?: string; expiry?: string }): string {
  const value = (text: string | undefined) => (text ? ` value="${text.replace(/"/g, "&quot;")}"` : "");
  return `
<label for="cardNumber">Card number</label><input type="text" id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242"${value(values.number)}>
<div class="row"><div><label for="cardExpiry">Expiration</label><input type="text" id="cardExpiry" name="cardExpiry" autocomplete="cc-exp" placeholder="MM / YY"${value(values.expiry)}></div>
<div><label for="cardCvc">CVC</label><input type="text" id="cardCvc" name="cardCvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123"></div></div>`;
}
