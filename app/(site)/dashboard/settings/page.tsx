// GET /dashboard/settings: the appeal's amounts, bounds, default frequency, snooze and words (admins).
// Each part of the form is a section in _sections/, all given the same filled-in form: a new
// setting adds a section file (and its fields to lib/settings/read-appeal-settings-form.ts).
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getAppealSettingsForm } from "@/lib/settings/get-appeal-settings-form";
import { saveAppealSettingsForm } from "@/lib/settings/save-appeal-settings-form";
import { AmountsSection } from "./_sections/amounts-section";
import { AppealTextSection } from "./_sections/appeal-text-section";
import { CampaignSection } from "./_sections/campaign-section";
import { DefaultsSection } from "./_sections/defaults-section";
import { NewsletterSection } from "./_sections/newsletter-section";
import { PaymentBadgesSection } from "./_sections/payment-badges-section";
import { DiscretionSettings } from "./discretion-settings";
import { ReceiptSettings } from "./receipt-settings";
import { AppealTranslationsSettings } from "./appeal-translations-settings";
import { DiscreetEmailSetting } from "./discreet-email-setting";
import { EmbedVariantsSettings } from "./embed-variants-settings";
import { EmbedSnippetSettings } from "./embed-snippet-settings";
import { EmbedOriginsSettings } from "./embed-origins-settings";
import { ReaderRespectSettings } from "./reader-respect-settings";

export const dynamic = "force-dynamic";

async function saveSettings(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const result = await saveAppealSettingsForm(staff.id, form);
  redirect(result.ok ? "/dashboard/settings?saved=1" : `/dashboard/settings?error=${encodeURIComponent(result.errors.join("; "))}`);
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string; error?: string }> }) {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const [settings, params] = await Promise.all([getAppealSettingsForm(), searchParams]);
  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Appeal settings</h1>
          <p className="muted">What readers are offered on the appeal. Changes apply at once, without a redeploy. Amounts are in each currency&apos;s usual units.</p>
        </div>
      </div>
      {params.saved ? (
        <p className="notice" role="status">
          Saved. The appeal uses the new settings now.
        </p>
      ) : null}
      {params.error ? (
        <p className="notice danger" role="alert">
          Not saved: {params.error}. Correct it and save again.
        </p>
      ) : null}
      <form action={saveSettings}>
        <AmountsSection settings={settings} />
        <DefaultsSection settings={settings} />
        <AppealTextSection settings={settings} />
        <AppealTranslationsSettings settings={settings} />
        <DiscreetEmailSetting discreet={settings.discreetEmail} />
        <button type="submit">Save settings</button>
      </form>
      <PaymentBadgesSection />
      <CampaignSection />
      <DiscretionSettings />
      <ReceiptSettings />
      <EmbedSnippetSettings />
      <EmbedOriginsSettings />
      <ReaderRespectSettings />
      <EmbedVariantsSettings />
      <NewsletterSection />
    </>
  );
}
