// /remind/cancel?token=...: the cancel link in every reminder email (and where a GET of the
// List-Unsubscribe URL leads). The Cancel button posts; ?cancelled and ?error show the outcome.
import styles from "../remind.module.css";

export const metadata = { title: "Cancel your reminder" };

export default async function CancelReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; cancelled?: string; error?: string }> }) {
  const { token, cancelled, error } = await searchParams;
  if (cancelled) {
    return (
      <main>
        <h1>Your reminders are cancelled</h1>
        <p className={styles.lede}>We will not send you any reminder that was still to come. You are welcome back at any time.</p>
      </main>
    );
  }
  if (error || !token) {
    return (
      <main>
        <h1>This link does not work</h1>
        <p className={styles.error} role="alert">
          This link is not valid. If you copied it from an email, check that you copied all of it.
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>Cancel your reminders?</h1>
      <p className={styles.lede}>We will not send any reminder still to come to this address.</p>
      <form method="post" action="/api/reminders/cancel">
        <input type="hidden" name="token" value={token} />
        <button className={styles.button} type="submit">
          Cancel my reminders
        </button>
      </form>
    </main>
  );
}
