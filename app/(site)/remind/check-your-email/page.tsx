// /remind/check-your-email: after "Email me a reminder".
import Link from "next/link";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import styles from "../remind.module.css";

export const metadata = { title: "Check your inbox" };

export default async function CheckYourEmailPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const { month } = await searchParams;
  const readable = describeMonthParam(month);
  return (
    <main>
      <h1>Check your inbox</h1>
      <p className={styles.lede}>We have sent you an email with a link to confirm your reminder{readable ? ` for ${readable}` : ""}. The reminder is only set once you follow it.</p>
      <p>
        If nothing arrives within a few minutes, look in your spam folder. We send at most one confirmation a day to an address, so if you asked earlier today, use the link in that email. If you already confirmed a
        reminder for that month, there is nothing more to do.
      </p>
      <p>
        <Link href="/">Back to the appeal</Link>
      </p>
    </main>
  );
}
