// The Settings page's "Newsletter" section (admins): the consented list as CSV for the mailing
// tool, each address with its one-click unsubscribe URL, and the signed webhook's URL.
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { readNewsletterSettings, saveNewsletterWebhookUrl } from "@/lib/newsletter/newsletter-settings";
import { NewsletterWebhookForm, type NewsletterWebhookState } from "./newsletter-webhook-form";

async function saveWebhook(_previous: NewsletterWebhookState, form: FormData): Promise<NewsletterWebhookState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const result = await saveNewsletterWebhookUrl(form, staff.id);
  const url = String(form.get("webhookUrl") ?? "");
  return result.ok ? { kind: "saved", url: result.url } : { kind: "refused", message: result.error, url };
}

export async function NewsletterSection() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const settings = await readNewsletterSettings();
  return (
    <section className="panel form-stack" id="newsletter" aria-labelledby="newsletter-heading">
      <h2 id="newsletter-heading">Newsletter</h2>
      <p className="muted">
        Readers sign up on /newsletter, on the thank-you page and beside a reminder, and confirm by email. The app does not send the newsletter: your mailing tool takes the list from the export or the webhook below.
      </p>
      <p>
        <a href="/api/dashboard/exports/newsletter">Export confirmed addresses (CSV)</a>
      </p>
      <p className="muted">
        Each row carries the address&apos;s <code>unsubscribe_url</code> ({settings.exampleUnsubscribeUrl}). Put it in every issue as <code>List-Unsubscribe: &lt;url&gt;</code> with{" "}
        <code>List-Unsubscribe-Post: List-Unsubscribe=One-Click</code>: a reader&apos;s one click withdraws their consent here and the webhook tells your tool.
      </p>
      <NewsletterWebhookForm action={saveWebhook} initial={{ kind: "idle", url: settings.webhookUrl }} secretSet={settings.secretSet} />
    </section>
  );
}
