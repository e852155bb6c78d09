// The Settings page's "Reader's respect" section (issue 18): how long the embedded appeal thanks
// instead of asking after a gift, per frequency, and the banner's weekly cap of views. Admins only;
// saving is audited (lib/embed/update-reader-respect.ts).
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getEmbedSettingsForm } from "@/lib/embed/get-embed-settings-form";
import { readReaderRespectForm } from "@/lib/embed/read-reader-respect-form";
import { updateReaderRespect } from "@/lib/embed/update-reader-respect";
import { ReaderRespectForm, type ReaderRespectFormState } from "./reader-respect-form";

const fieldsOf = (form: FormData) => Object.fromEntries(["thanksDays.once", "thanksDays.monthly", "thanksDays.annual", "weeklyViewCap"].map((name) => [name, String(form.get(name) ?? "")]));

async function saveReaderRespect(_previous: ReaderRespectFormState, form: FormData): Promise<ReaderRespectFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const result = await updateReaderRespect(readReaderRespectForm(form), staff.id);
  if (!result.ok) return { kind: "refused", errors: result.errors, fields: fieldsOf(form), version: Date.now() };
  return { kind: "saved", fields: fieldsOf(form), version: Date.now() };
}

export async function ReaderRespectSettings() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const { readerRespect } = await getEmbedSettingsForm();
  const fields = {
    "thanksDays.once": String(readerRespect.thanksDays.once),
    "thanksDays.monthly": String(readerRespect.thanksDays.monthly),
    "thanksDays.annual": String(readerRespect.thanksDays.annual),
    weeklyViewCap: String(readerRespect.weeklyViewCap),
  };
  return <ReaderRespectForm action={saveReaderRespect} initial={{ kind: "idle", fields, version: 0 }} />;
}
