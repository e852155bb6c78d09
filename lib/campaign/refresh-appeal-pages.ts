// After the campaign changes: this instance forgets its goal meter and the cached appeal pages
// (plain and embedded) are asked to re-render; other instances follow within a minute.
import { revalidatePath } from "next/cache";
import { forgetGoalMeter } from "./load-goal-meter";

export function refreshAppealPages(): void {
  forgetGoalMeter();
  revalidatePath("/appeal/[currency]/[lang]", "page");
  revalidatePath("/embed", "layout");
}
