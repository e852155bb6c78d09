// The button on /manage/open (POST /api/manage/open) as a public form
// (lib/http/handle-public-form.ts): spends the manage link and sends the supporter to Stripe's
// billing portal. A POST, so mail scanners that fetch links cannot spend it. Both answers are
// redirects, to a JSON caller too: the portal is a page for a person.
import "server-only";
import { z } from "zod";
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
    return new Response(null, { status: 303, headers: { Location: result.portalUrl, ...noStore } });
  },
};
