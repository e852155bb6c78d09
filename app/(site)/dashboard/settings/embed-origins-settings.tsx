// The Settings page's "Pages that may embed the appeal" section (issue 18): origins beyond
// EMBED_ALLOWED_ORIGINS. Admins only, like the rest of the page; saving is audited (lib/embed).
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getEmbedSettingsForm } from "@/lib/embed/get-embed-settings-form";
import { updateEmbedOrigins } from "@/lib/embed/update-embed-origins";
import { EmbedOriginsForm, type EmbedOriginsFormState } from "./embed-origins-form";

async function saveEmbedOrigins(_previous: EmbedOriginsFormState, form: FormData): Promise<EmbedOriginsFormState> {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const typed = String(form.get("origins") ?? "");
  const result = await updateEmbedOrigins(typed, staff.id);
  if (!result.ok) return { kind: "refused", errors: result.errors, typed, version: Date.now() };
  return { kind: "saved", typed: result.origins.join("\n"), version: Date.now() };
}

export async function EmbedOriginsSettings() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const { environmentOrigins, storedOrigins } = await getEmbedSettingsForm();
  return <EmbedOriginsForm action={saveEmbedOrigins} initial={{ kind: "idle", typed: storedOrigins.join("\n"), version: 0 }} environmentOrigins={environmentOrigins} />;
}
