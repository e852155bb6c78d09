// A static page: what the service keeps about supporters and why.
export const dynamic = "force-static";

export const metadata = { title: "How we handle your data" };

export default function PrivacyPage() {
  return (
    <main>
      <h1>How we handle your data</h1>
      <p>Payments are handled by Stripe. We never see or store your card details. We keep your email address and name only to send receipts and the reminders you ask for, and we keep them encrypted.</p>
      <p>We do not sell or share supporter data. You can ask us to export or erase what we hold about you at any time by replying to any email we send you.</p>
    </main>
  );
}
