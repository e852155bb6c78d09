// /api/reminders/unsubscribe?token=...: the List-Unsubscribe URL of reminder emails.
// POST is RFC 8058 one-click (body "List-Unsubscribe=One-Click", sent by the mail provider with
// no cookies and no CSRF token: the signed token is the only credential). GET must not
// unsubscribe (link scanners fetch it), so it leads to the page with the Cancel button.
import { seeOther } from "@/lib/http/see-other";
import { unsubscribeOneClick } from "@/lib/reminders/unsubscribe-one-click";

function tokenOf(request: Request): string | undefined {
  return new URL(request.url).searchParams.get("token") ?? undefined;
}

export function POST(request: Request): Promise<Response> {
  return unsubscribeOneClick(tokenOf(request));
}

export function GET(request: Request): Response {
  return seeOther(`/remind/cancel?token=${encodeURIComponent(tokenOf(request) ?? "")}`);
}
