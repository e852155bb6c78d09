// POST /api/reminders/snooze: "Snooze" on /remind. Sets the cookie the appeal respects and
// counts an anonymous snooze.
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { wantsJson } from "@/lib/http/read-form-fields";
import { seeOther } from "@/lib/http/see-other";
import { snoozeAppeal } from "@/lib/reminders/snooze-appeal";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const { cookie, days } = await snoozeAppeal(getPrisma(), new Date());
  const secure = getConfig().APP_URL.startsWith("https:") ? "; Secure" : "";
  const setCookie = `${cookie.name}=${encodeURIComponent(cookie.value)}; Max-Age=${cookie.maxAgeSeconds}; Path=/; SameSite=Lax; HttpOnly${secure}`;
  if (wantsJson(request)) return Response.json({ snoozedUntil: cookie.value, days }, { headers: { "Set-Cookie": setCookie } });
  return seeOther(`/remind?snoozed=${days}`, { "Set-Cookie": setCookie });
}
