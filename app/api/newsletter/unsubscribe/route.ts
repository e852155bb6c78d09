// /api/newsletter/unsubscribe?token=...: the URL the mailing tool puts in each issue's
// List-Unsubscribe header (the export and the webhook give it per address). POST is RFC 8058
// one-click (body "List-Unsubscribe=One-Click", no cookie, no CSRF token: the signed token is
// the credential). GET must not unsubscribe (link scanners fetch it): it leads to the page's button.
import { seeOther } from "@/lib/http/see-other";
import { unsubscribeNewsletterOneClick } from "@/lib/newsletter/unsubscribe-newsletter-one-click";

export function POST(request: Request): Promise<Response> {
  return unsubscribeNewsletterOneClick(request);
}

export function GET(request: Request): Response {
  return seeOther(`/newsletter/unsubscribe?token=${encodeURIComponent(new URL(request.url).searchParams.get("token") ?? "")}`);
}
