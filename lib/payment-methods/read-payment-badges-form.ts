// Turns the Settings page's "Payment methods on the appeal" form into the settings shape: one
// checkbox group per offered currency (`badges_<currency>`, a value per method ticked); the
// schema judges what was sent.
export function readPaymentBadgesForm(form: FormData, currencies: readonly string[]): unknown {
  return Object.fromEntries(currencies.map((currency) => [currency, form.getAll(`badges_${currency}`).map(String)]));
}
