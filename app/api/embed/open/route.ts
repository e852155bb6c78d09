// GET /api/embed/open?placement=banner&variant=...&bucket=...&lang=...&to=page|footer: the banner's button (lib/embed/open-banner-appeal.ts).
import { openBannerAppeal } from "@/lib/embed/open-banner-appeal";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return openBannerAppeal(request);
}
