// GET /r/<token>: the "Support our reporting" link in a reminder email. Counts the click, then
// 303s to the appeal with the reader's saved choice and source=reminder.
import { followReminderLink } from "@/lib/reminders/follow-reminder-link";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  // Next has already decoded the segment once: decoding it again turned /r/%25 ("%") into a
  // URIError and a 500. Any token that does not verify still goes to the appeal.
  const { token } = await params;
  return followReminderLink(token);
}
