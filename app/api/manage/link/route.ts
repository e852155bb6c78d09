// POST /api/manage/link: a supporter asks for a link to manage their giving. The answer, and the
// work done before it (a queued job), are the same whether or not the address is known, so it
// cannot be used to find out who supports us.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { requestManageLinkForm } from "@/lib/manage/request-manage-link-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, requestManageLinkForm);
}
