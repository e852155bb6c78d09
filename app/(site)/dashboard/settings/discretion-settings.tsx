// The Settings page's "Discretion" section: what Stripe's objects and card statements show
// (issue 19). Admins only, like the rest of the page; saving is audited (lib/settings).
import { requireStaff } from "@/lib/auth/require-staff";
import { getConfig } from "@/lib/config/env";
import { StaffRole } from "@/lib/db/generated/enums";
import { getDiscretionSettings } from "@/lib/settings/get-discretion-settings";
import { readDiscretionSettingsForm } from "@/lib/settings/read-discretion-settings-form";
import { updateDiscretionSettings } from "@/lib/settings/update-discretion-settings";
import { DiscretionForm, type DiscretionFormState } from "./discretion-form";

async function saveDiscretion(_previous: DiscretionFormState, form: FormData): Promise<DiscretionFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const input = readDiscretionSettingsForm(form) as { statementWord: string; nameInStripe: boolean };
  const result = await updateDiscretionSettings(input, staff.id);
  if (!result.ok) return { kind: "refused", message: result.errors.join(" "), values: input };
  return { kind: "saved", stripeUpdated: result.stripeUpdated, values: result.settings };
}

export async function DiscretionSettings() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const settings = await getDiscretionSettings();
  return <DiscretionForm action={saveDiscretion} initial={{ kind: "idle", values: settings }} newsroomName={getConfig().NEWSROOM_NAME} />;
}
