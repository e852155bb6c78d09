// Settings section: the campaign whose goal meter the appeal, the embedded appeal and the banner
// show (issue 21). A form of its own beside the appeal's; admins only, saving and ending audited.
import { requireStaff } from "@/lib/auth/require-staff";
import { endCampaign } from "@/lib/campaign/end-campaign";
import { getCampaignSettings } from "@/lib/campaign/get-campaign-settings";
import { campaignFormValues } from "@/lib/campaign/read-campaign-form";
import { saveCampaign } from "@/lib/campaign/save-campaign";
import { StaffRole } from "@/lib/db/generated/enums";
import { CampaignForm, type CampaignFormState } from "./campaign-form";

/** The form's two buttons: save the campaign, or end it now. */
async function campaignAction(previous: CampaignFormState, form: FormData): Promise<CampaignFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const values = campaignFormValues(form);
  if (form.get("intent") === "end") {
    await endCampaign(staff.id);
    return { kind: "ended", values: { ...values, goalAmount: "", startsOn: "", endsOn: "" }, active: false };
  }
  const result = await saveCampaign(values, staff.id);
  if (!result.ok) return { kind: "refused", message: result.errors.join(". "), values, active: previous.active };
  return { kind: "saved", values, active: true };
}

export async function CampaignSection() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const settings = await getCampaignSettings();
  return <CampaignForm action={campaignAction} settlementCurrency={settings.settlementCurrency} initial={{ kind: "idle", values: settings.values, active: settings.active }} />;
}
