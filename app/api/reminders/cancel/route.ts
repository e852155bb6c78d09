// POST /api/reminders/cancel: the Cancel button on /remind/cancel (the link in every email).
import { getPrisma } from "@/lib/db/prisma";
import { readFormFields, wantsJson } from "@/lib/http/read-form-fields";
import { seeOther } from "@/lib/http/see-other";
import { cancelReminder } from "@/lib/reminders/cancel-reminder";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const body = await readFormFields(request);
  if (!body.ok) return body.response;
  const { token } = body.fields;
  const result = await cancelReminder(getPrisma(), token, new Date());
  if (wantsJson(request)) {
    return result.ok ? Response.json({ cancelled: true }) : Response.json({ error: { code: "invalid_token", message: result.message, field: "token" } }, { status: 400 });
  }
  return seeOther(result.ok ? "/remind/cancel?cancelled=1" : "/remind/cancel?error=invalid_token");
}
