// POST /api/manage/open: spends a manage link and sends the supporter to Stripe's billing portal.
// A POST (the button on /manage/open), so mail scanners that fetch links cannot spend it.
import { getPrisma } from "@/lib/db/prisma";
import { readFormFields } from "@/lib/http/read-form-fields";
import { openManageLink } from "@/lib/manage/open-manage-link";
import { getStripe } from "@/lib/stripe/stripe";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const body = await readFormFields(request);
  if (!body.ok) return body.response;
  const result = await openManageLink(getPrisma(), getStripe(), body.fields.token);
  if (result.ok) return new Response(null, { status: 303, headers: { Location: result.portalUrl } });
  return new Response(null, { status: 303, headers: { Location: `/manage/open?error=${result.reason}` } });
}
