// GET /r/<token>: the "Support our reporting" link in a reminder email. Counts the click, then
// 303s to the appeal with the reader's saved choice and source=reminder.
import { getPrisma } from "@/lib/db/prisma";
import { seeOther } from "@/lib/http/see-other";
import { recordReminderClick } from "@/lib/reminders/record-reminder-click";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  // Next has already decoded the segment once: decoding it again turned /r/%25 ("%") into a
  // URIError and a 500. Any token that does not verify still goes to the appeal.
  const { token } = await params;
  return seeOther(await recordReminderClick(getPrisma(), token, new Date()), { "Cache-Control": "no-store" });
}
