// GET /language?lang=ru&back=/path: the language switch (lib/i18n/choose-language.ts): a cookie
// for the choice, then 303 back to the page, on this site only.
import { getConfig } from "@/lib/config/env";
import { chooseLanguage } from "@/lib/i18n/choose-language";
import { seeOther } from "@/lib/http/see-other";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const choice = chooseLanguage(new URL(request.url).searchParams, getConfig().APP_URL);
  return seeOther(choice.backPath, { "Set-Cookie": choice.cookie, "Cache-Control": "no-store" });
}
