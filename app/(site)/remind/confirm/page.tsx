// /remind/confirm?token=...: the link in the confirmation email. Shows a Confirm button (a GET
// changes nothing, so link scanners cannot confirm); ?confirmed= and ?error= show the outcome.
import Link from "next/link";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import styles from "../remind.module.css";

export const metadata = { title: "Confirm your reminder" };

export default async function ConfirmReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; confirmed?: string; error?: string }> }) {
  const { token, confirmed, error } = await searchParams;
  const confirmedMonth = describeMonthParam(confirmed);
  if (confirmedMonth) {
    return (
      <main>
        <h1>Your reminder is set</h1>
        <p className={styles.lede}>We will email you once, early in {confirmedMonth}. Thank you for thinking of us.</p>
        <p>
          <Link href="/">Back to the appeal</Link>
        </p>
      </main>
    );
  }
  if (error || !token) {
    return (
      <main>
        <h1>This link does not work</h1>
        <p className={styles.error} role="alert">
          This confirmation link is not valid any more. It may have been used already or be more than 7 days old.
        </p>
        <p>
          <Link href="/remind">Ask for a new reminder</Link>
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>Confirm your reminder</h1>
      <p className={styles.lede}>One click and we will send you a single reminder at the time you chose.</p>
      <form method="post" action="/api/reminders/confirm">
        <input type="hidden" name="token" value={token} />
        <button className={styles.button} type="submit">
          Confirm my reminder
        </button>
      </form>
    </main>
  );
}
