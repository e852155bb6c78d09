// The settings page's form, as an admin posts it: read (read-appeal-settings-form.ts), validated
// and saved with an audit entry (update-appeal-settings.ts). The errors say what to correct.
import "server-only";
import { getPrisma } from "../db/prisma";
import { readAppealSettingsForm } from "./read-appeal-settings-form";
import { updateAppealSettings, type UpdateResult } from "./update-appeal-settings";

export async function saveAppealSettingsForm(actorUserId: string, form: FormData): Promise<UpdateResult> {
  return updateAppealSettings(getPrisma(), readAppealSettingsForm(form), actorUserId);
}
