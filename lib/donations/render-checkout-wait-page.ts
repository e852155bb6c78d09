// The page a browser's checkout form post gets when its client has spent the checkout budget: a
// 429 in plain words with the way back to the appeal, not a silent redirect.
import { escapeHtml } from "@/lib/http/escape-html";
import { refusalMessages } from "./refusal-messages";

export function renderCheckoutWaitPage(backToAppealUrl: string): Response {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Please wait a moment</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>Please wait a moment</h1><p>${refusalMessages.rate_limited}</p><p><a href="${escapeHtml(backToAppealUrl)}">Back to the appeal</a></p></main></html>`;
  return new Response(html, { status: 429, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
