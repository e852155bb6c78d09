// /manage: a supporter asks for a link to change or cancel their gift, or update their card.
import { readManagePage, type ManagePageError } from "@/lib/manage/read-manage-page";
import styles from "./manage.module.css";

export const metadata = { title: "Manage your support" };

const errors: Record<ManagePageError, string> = {
  invalid_email: "That does not look like an email address. Enter the one you used when you gave, like name@example.org.",
  rate_limited: "We have had several requests for this address or from your connection. Please wait a while and try again.",
};

export default async function ManagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { returned, sent, error } = readManagePage(await searchParams);
  return (
    <main>
      <h1>Manage your support</h1>
      <p>Change or cancel a recurring gift, update your card, or see your past payments. Enter the email address you used when you gave and we will send you a link.</p>
      {returned && (
        <p className={styles.notice} role="status">
          You are back from your billing page. Any change you made is saved.
        </p>
      )}
      {sent && (
        <p className={styles.notice} role="status">
          If that address belongs to one of our supporters, a link is on its way. It works once, for the next 30 minutes. Nothing arrived? Check your spam folder, or ask again.
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {errors[error]}
        </p>
      )}
      <form className={styles.panel} method="post" action="/api/manage/link">
        <label className={styles.label} htmlFor="manage-email">
          Email
        </label>
        <input className={styles.input} id="manage-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        <button className={styles.button} type="submit">
          Email me a link
        </button>
        <p className={styles.muted}>We never show whether an address is on our list, to protect the people who support us.</p>
      </form>
    </main>
  );
}
