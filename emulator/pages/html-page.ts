// The frame of the emulator's pages: escaped text, one small stylesheet, redirects.
export type PageResponse = { status: number; headers: Record<string, string>; body: string };

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const style = `
body{font-family:system-ui,-apple-system,sans-serif;background:#f6f8fa;color:#1a1f36;margin:0;padding:2rem 1rem}
main{max-width:28rem;margin:0 auto;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:1.5rem}
h1{font-size:1.25rem;margin:0 0 .25rem}.amount{font-size:2rem;font-weight:600;margin:.25rem 0 1rem}
label{display:block;font-size:.875rem;margin:.75rem 0 .25rem}input[type=text],input[type=email]{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #c4c9d2;border-radius:4px;font-size:1rem}
.row{display:flex;gap:.75rem}.row>div{flex:1}fieldset{border:0;padding:0;margin:.75rem 0 0}fieldset label{display:inline;margin-right:1rem}
button{margin-top:1.25rem;width:100%;padding:.75rem;border:0;border-radius:4px;background:#635bff;color:#fff;font-size:1rem;cursor:pointer}
.error{background:#fdecea;color:#8a1c1c;padding:.5rem .75rem;border-radius:4px}.notice{background:#e6f4ea;color:#1e4620;padding:.5rem .75rem;border-radius:4px}
.muted{color:#697386;font-size:.875rem}.test{display:inline-block;background:#ffde92;color:#4a3500;font-size:.75rem;padding:.1rem .4rem;border-radius:3px}
section{border-top:1px solid #e3e8ee;margin-top:1rem;padding-top:.5rem}
`;

export function htmlPage(status: number, title: string, content: string, lang = "en"): PageResponse {
  const body = `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><main><span class="test">Test mode · Stripe emulator</span>${content}</main></body></html>`;
  return { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }, body };
}

export function redirect(location: string): PageResponse {
  return { status: 303, headers: { location, "content-type": "text/plain" }, body: `See ${location}` };
}

/** Minor units to a localised amount (a zero-decimal currency like JPY has no minor unit). */
export function formatAmount(amount: number, currency: string, locale?: string | null): string {
  const tag = locale && locale !== "auto" ? locale : "en";
  try {
    const formatter = new Intl.NumberFormat(tag, { style: "currency", currency: currency.toUpperCase() });
    return formatter.format(amount / 10 ** (formatter.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    return `${amount} ${currency}`;
  }
}
