// The button on /manage/open (POST /api/manage/open) as a public form
// (lib/http/handle-public-form.ts): spends the manage link, sets the supporter's session cookie
// and sends them to their account page (to its card section for a failed renewal's link). A POST,
// so mail scanners that fetch links cannot spend it. Both answers are redirects, to a JSON caller
// too: the account is a page for a person.
import "server-only";
import { z } from "zod";
import { manageSessionCookie } from "@/lib/account/manage-session";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { formField } from "@/lib/http/form-fields";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { seeOther } from "@/lib/http/see-other";
import { getStripe } from "@/lib/stripe/stripe";
import { openManageLink } from "./open-manage-link";

const schema = z.object({ token: formField });

const noStore = { "Cache-Control": "no-store" };

export const openManageLinkForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: () => seeOther("/manage/open?error=invalid", noStore),
  async submit({ token }) {
    const result = await openManageLink(getPrisma(), getStripe(), token);
    if (!result.ok) return seeOther(`/manage/open?error=${result.reason}`, noStore);
    const { APP_URL } = getConfig();
    const page = result.purpose === "UPDATE_PAYMENT_METHOD" ? "/manage/account#card" : "/manage/account";
    return new Response(null, { status: 303, headers: { Location: `${APP_URL}${page}`, "Set-Cookie": manageSessionCookie(result.sessionToken, APP_URL), ...noStore } });
  },
};
