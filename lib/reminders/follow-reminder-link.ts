// GET /r/<token>, the "Support our reporting" link in a reminder email: counts the click
// (record-reminder-click.ts), then sends the reader on to the appeal with their saved choice.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { seeOther } from "@/lib/http/see-other";
import { recordReminderClick } from "./record-reminder-click";

export async function followReminderLink(token: string, now = new Date()): Promise<Response> {
  return seeOther(await recordReminderClick(getPrisma(), token, now), { "Cache-Control": "no-store" });
}
