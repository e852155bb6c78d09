// GET /api/embed/view?placement=...&variant=...: the embedded appeal's view beacon (lib/embed/count-embed-view.ts).
import { countEmbedView } from "@/lib/embed/count-embed-view";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return countEmbedView(request);
}
