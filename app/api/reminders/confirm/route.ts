// POST /api/reminders/confirm: the Confirm button on /remind/confirm (double opt-in). A GET of
// the emailed link only shows that button, so a mail scanner opening links confirms nothing.
import { getPrisma } from "@/lib/db/prisma";
import { readFormFields, wantsJson } from "@/lib/http/read-form-fields";
import { seeOther } from "@/lib/http/see-other";
import { confirmReminder } from "@/lib/reminders/confirm-reminder";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const body = await readFormFields(request);
  if (!body.ok) return body.response;
  const { token } = body.fields;
  const result = await confirmReminder(getPrisma(), token, new Date());
  if (wantsJson(request)) {
    return result.ok ? Response.json({ remindMonth: result.remindMonth }) : Response.json({ error: { code: "invalid_token", message: result.message, field: "token" } }, { status: 400 });
  }
  return seeOther(result.ok ? `/remind/confirm?confirmed=${result.remindMonth}` : "/remind/confirm?error=invalid_token");
}
