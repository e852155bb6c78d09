// The Settings page's "Receipts" section: the legal text every receipt and yearly statement
// carries, per language, and whether they are tax receipts (issue 20). Admins only; audited.
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getReceiptSettings } from "@/lib/receipts/get-receipt-settings";
import { readReceiptSettingsForm } from "@/lib/receipts/read-receipt-settings-form";
import { updateReceiptSettings } from "@/lib/receipts/update-receipt-settings";
import { ReceiptSettingsForm, type ReceiptSettingsFormState } from "./receipt-settings-form";

async function saveReceiptSettings(_previous: ReceiptSettingsFormState, form: FormData): Promise<ReceiptSettingsFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const input = readReceiptSettingsForm(form);
  const result = await updateReceiptSettings(input, staff.id);
  if (!result.ok) return { kind: "refused", message: result.errors.join(" "), values: input };
  return { kind: "saved", values: result.settings };
}

export async function ReceiptSettings() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const settings = await getReceiptSettings();
  return <ReceiptSettingsForm action={saveReceiptSettings} initial={{ kind: "idle", values: settings }} />;
}
