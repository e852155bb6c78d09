// The Settings page's "Copy variants" section for the embedded appeal (issue 18): up to four variants
// of heading, letter and default amounts per placement. Admins only; saving is audited and regenerates
// the cached embed pages (lib/embed/update-embed-variants.ts).
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getEmbedVariantsForm } from "@/lib/embed/get-embed-variants-form";
import { updateEmbedVariants } from "@/lib/embed/update-embed-variants";
import { EmbedVariantsForm, type EmbedVariantsFormState } from "./embed-variants-form";

async function saveEmbedVariants(_previous: EmbedVariantsFormState, form: FormData): Promise<EmbedVariantsFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const fields = Object.fromEntries([...form.entries()].filter(([name, value]) => /^(footer|banner)\./.test(name) && typeof value === "string")) as Record<string, string>;
  const result = await updateEmbedVariants(fields, staff.id);
  if (!result.ok) return { kind: "refused", errors: result.errors, fields, version: Date.now() };
  return { kind: "saved", fields, version: Date.now() };
}

export async function EmbedVariantsSettings() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const { fields, currencies } = await getEmbedVariantsForm();
  return <EmbedVariantsForm action={saveEmbedVariants} initial={{ kind: "idle", fields, version: 0 }} currencies={currencies} />;
}
