// POST /manage/account/gift: every form on the supporter's account page (change the amount,
// switch frequency, pause, resume, cancel, new card, sign out). Under /manage/account so the
// session cookie, scoped to that path, reaches it.
import { giftActionForm } from "@/lib/account/gift-action-form";
import { handlePublicForm } from "@/lib/http/handle-public-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, giftActionForm);
}
