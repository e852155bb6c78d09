// The HTML a newsroom pastes into its article template (GET /embed/snippet, and Settings): a box of
// reserved size (no layout shift, whatever the frame shows) holding the embedded appeal's frame.
// With JavaScript, a tiny inline loader makes the frame and passes the article's address and the
// page's language, nothing else; without it, the <noscript> frame shows the same appeal (the
// article is then not known, and "Back to the article" is not offered). The frame is sandboxed:
// forms, and the whole window only when the reader clicks (Continue goes to Stripe Checkout, which
// refuses frames). allow-same-origin lets the frame be the donation site it is (its own cookies,
// its forms' Origin); it runs no script (no allow-scripts), so it cannot reach the article page.
// The banner's loader also opens its frame at #loader: the banner's CSS (:target) then shows the
// button that stays in the frame (open-banner-appeal.ts), and when the frame loads again after a
// press, the loader scrolls to the footer appeal on the same article, or opens the appeal page.
import { readerTranslator } from "@/lib/i18n/reader-translator";
import type { Placement } from "./attribution";

/** The fragment the loader opens the banner's frame at: its button scrolls to the footer appeal instead of leaving. */
export const LOADER_FRAGMENT = "loader";

export const EMBED_SANDBOX = "allow-forms allow-top-navigation-by-user-activation allow-same-origin";

/** The reserved box: the footer appeal's full height, the banner's one line. */
export const EMBED_HEIGHTS: Record<Placement, number> = { footer: 860, banner: 64 };

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The banner frame's first load is the banner; a later one follows a press of its button: to the footer appeal, or to the appeal page. */
function bannerLoader(appUrl: string): string {
  return (
    `f.src+="#${LOADER_FRAGMENT}";var n=0;f.onload=function(){if(n++){var a=document.querySelector(".support-appeal-footer"),g=a&&a.querySelector("iframe");` +
    `a?(a.scrollIntoView({behavior:"smooth",block:"start"}),g&&g.focus({preventScroll:true})):location.href=${JSON.stringify(`${appUrl}/`)}+(l?"?lang="+encodeURIComponent(l):"")}};`
  );
}

export function buildSnippet({ appUrl, placement, locale, newsroomName }: { appUrl: string; placement: Placement; locale: string; newsroomName: string }): string {
  const src = `${appUrl}/embed/${placement}`;
  const title = readerTranslator(locale)("embed.frameTitle", { newsroom: newsroomName });
  const loading = placement === "footer" ? ' loading="lazy"' : "";
  const frameStyle = "border:0;width:100%;height:100%;display:block";
  const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" sandbox="${EMBED_SANDBOX}"${loading} style="${frameStyle}"></iframe>`;
  // The loader: the article's address (origin and path, no query or fragment) and <html lang>.
  const loader =
    `(function(s){var f=document.createElement("iframe"),l=(document.documentElement.lang||"").slice(0,2);` +
    `f.src=${JSON.stringify(src)}+"?article="+encodeURIComponent(location.origin+location.pathname)+(l?"&lang="+encodeURIComponent(l):"");` +
    `f.title=${JSON.stringify(title)};f.setAttribute("sandbox",${JSON.stringify(EMBED_SANDBOX)});${placement === "footer" ? 'f.loading="lazy";' : bannerLoader(appUrl)}` +
    `f.style.cssText=${JSON.stringify(frameStyle)};s.parentNode.insertBefore(f,s)})(document.currentScript)`;
  return [
    `<!-- ${escapeAttribute(newsroomName).replace(/--/g, "")}: the ${placement} appeal. Paste it where the appeal should show. -->`,
    `<div class="support-appeal support-appeal-${placement}" style="width:100%;height:${EMBED_HEIGHTS[placement]}px;overflow:hidden">`,
    `<noscript>${frame}</noscript>`,
    `<script>${loader.replace(/</g, "\\u003c")}</script>`,
    `</div>`,
    "",
  ].join("\n");
}
