// RFC 8058 one-click withdrawal: the mailing tool's List-Unsubscribe URL, POSTed by the
// reader's mail provider with the body "List-Unsubscribe=One-Click", no cookie and no CSRF
// token: the signed token in the URL is the only credential. Answers the provider in plain words.
// The button on /newsletter/unsubscribe posts the same body with `from=page` and is sent back to
// the page.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { seeOther } from "@/lib/http/see-other";
import { withdrawNewsletterConsent } from "./withdraw-newsletter-consent";

const plain = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The POST's fields, urlencoded or multipart (RFC 8058 allows both), within 4 kB; empty when unreadable. */
async function formOf(request: Request): Promise<URLSearchParams> {
  const body = await readLimitedBody(request, 4096);
  const contentType = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  if (!body.ok) return new URLSearchParams();
  try {
    const form = await new Response(new Uint8Array(body.body), { headers: { "Content-Type": contentType } }).formData();
    return new URLSearchParams([...form.entries()].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  } catch {
    return new URLSearchParams();
  }
}

export async function unsubscribeNewsletterOneClick(request: Request, now = new Date()): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? undefined;
  const fields = await formOf(request);
  if (fields.get("List-Unsubscribe") !== "One-Click") return plain(400, "Send List-Unsubscribe=One-Click in the body (RFC 8058).");
  const fromPage = fields.get("from") === "page";
  const result = await withdrawNewsletterConsent(getPrisma(), token, fromPage ? "page" : "one-click", now);
  if (fromPage) {
    const next = result.ok ? "/newsletter/unsubscribe?done=1" : "/newsletter/unsubscribe?error=invalid_token";
    return seeOther(next, { "Cache-Control": "no-store" });
  }
  return result.ok ? plain(200, "Unsubscribed: no more newsletters will be sent to this address.") : plain(400, "This unsubscribe link is not valid.");
}
