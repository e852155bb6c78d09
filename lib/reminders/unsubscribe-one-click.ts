// RFC 8058 one-click unsubscribe (POST of the List-Unsubscribe URL, body
// "List-Unsubscribe=One-Click"), sent by the mail provider with no cookies and no CSRF token: the
// signed token is the only credential. It cancels as the visible link does (cancel-reminder.ts)
// and answers the provider in plain words.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { cancelReminder } from "./cancel-reminder";

export async function unsubscribeOneClick(token: string | undefined, now = new Date()): Promise<Response> {
  const result = await cancelReminder(getPrisma(), token, now, "one-click");
  return new Response(result.ok ? "Unsubscribed: this reminder is cancelled.\n" : `${result.message}\n`, {
    status: result.ok ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
