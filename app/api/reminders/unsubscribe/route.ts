// /api/reminders/unsubscribe?token=...: the List-Unsubscribe URL of reminder emails.
// POST is RFC 8058 one-click (body "List-Unsubscribe=One-Click", sent by the mail provider with
// no cookies and no CSRF token: the signed token is the only credential). GET must not
// unsubscribe (link scanners fetch it), so it leads to the page with the Cancel button.
import { getPrisma } from "@/lib/db/prisma";
import { seeOther } from "@/lib/http/see-other";
import { cancelReminder } from "@/lib/reminders/cancel-reminder";

function tokenOf(request: Request): string | undefined {
  return new URL(request.url).searchParams.get("token") ?? undefined;
}

export async function POST(request: Request) {
  const result = await cancelReminder(getPrisma(), tokenOf(request), new Date(), "one-click");
  return new Response(result.ok ? "Unsubscribed: this reminder is cancelled.\n" : `${result.message}\n`, {
    status: result.ok ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(request: Request) {
  return seeOther(`/remind/cancel?token=${encodeURIComponent(tokenOf(request) ?? "")}`);
}
