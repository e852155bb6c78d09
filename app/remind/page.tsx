// GET /remind: placeholder so the appeal's "Remind me later" link is not dead. The reminders branch
// replaces this page.
import Link from "next/link";

export const metadata = { title: "Remind me later" };

export default function RemindPlaceholderPage() {
  return (
    <main>
      <h1>Remind me later</h1>
      <p>Reminders are on their way. Until then, you can come back to the appeal at any time.</p>
      <p>
        <Link href="/">Back to the appeal</Link>
      </p>
    </main>
  );
}
