// The erase form's required choice of what happens at Stripe, with each consequence spelled out
// before the admin confirms (nothing is pre-selected: keeping or ending a recurring gift is a decision).
export function EraseChoices({ customers, recurring }: { customers: number; recurring: number }) {
  const gifts = recurring === 0 ? "no recurring gift" : recurring === 1 ? "1 recurring gift" : `${recurring} recurring gifts`;
  const records = customers === 0 ? "no customer record" : customers === 1 ? "1 customer record" : `${customers} customer records`;
  return (
    <fieldset>
      <legend>
        At Stripe: this supporter has {records} and {gifts} still running. Choose what happens there.
      </legend>
      <label>
        <input type="radio" name="atStripe" value="keep" required /> <strong>Keep everything at Stripe.</strong> Recurring gifts go on being charged; each payment is recorded here without a name. Stripe keeps their name,
        email and card. They can no longer ask us for a manage link, so they must write to you, or you cancel at Stripe, to stop giving.
      </label>
      <label>
        <input type="radio" name="atStripe" value="cancel-recurring" required /> <strong>Cancel their recurring gifts, keep the customer.</strong> No further payments are taken. Stripe keeps their name, email, card and
        past payments (refunds stay possible).
      </label>
      <label>
        <input type="radio" name="atStripe" value="delete-customers" required /> <strong>Delete their customers at Stripe.</strong> Stripe ends every recurring gift at once and removes the customer records (name, email,
        saved card). Past payments stay in Stripe&apos;s records of charges.
      </label>
    </fieldset>
  );
}
