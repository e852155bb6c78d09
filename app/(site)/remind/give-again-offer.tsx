// For the thank-you page (one-time donors): "remind me to give again". Posts to the same
// sign-up endpoint as /remind, so the reminder is confirmed by email first. No JavaScript.
import { donationChoiceSearchParams } from "@/lib/reminders/parse-donation-choice";
import styles from "./remind.module.css";

type GiveAgainOfferProps = { amount?: number; currency?: string; email?: string };

const options = [
  { value: "in-3-months", label: "In 3 months" },
  { value: "in-6-months", label: "In 6 months" },
  { value: "in-12-months", label: "In a year" },
] as const;

/** amount in minor units with its ISO currency, as the thank-you page reads it from Stripe. */
export function GiveAgainOffer({ amount, currency, email }: GiveAgainOfferProps) {
  const choice = donationChoiceSearchParams({ frequency: "ONCE", amount, currency: currency?.toLowerCase() });
  return (
    <section className={styles.panel} aria-labelledby="give-again">
      <h2 id="give-again">Want a nudge to give again?</h2>
      <p>We can send you one email when you might like to give again. Nothing else.</p>
      <form method="post" action="/api/reminders/sign-up">
        {[...choice.entries()].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="source" value="thank-you" />
        <div className={styles.field}>
          <label htmlFor="give-again-email">Your email address</label>
          <input className={styles.input} id="give-again-email" name="email" type="email" autoComplete="email" required defaultValue={email} />
        </div>
        <fieldset className={styles.choices}>
          <legend className={styles.legend}>Remind me</legend>
          {options.map((option, i) => (
            <div className={styles.choice} key={option.value}>
              <input type="radio" id={`give-again-${option.value}`} name="when" value={option.value} defaultChecked={i === 0} />
              <label htmlFor={`give-again-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <button className={styles.secondary} type="submit">
          Remind me to give again
        </button>
        <p className={styles.note}>We will email you a link to confirm first.</p>
      </form>
    </section>
  );
}
