// POST /api/manage/open: spends a manage link and sends the supporter to Stripe's billing portal.
// A POST (the button on /manage/open), so mail scanners that fetch links cannot spend it.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { openManageLinkForm } from "@/lib/manage/open-manage-link-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, openManageLinkForm);
}
