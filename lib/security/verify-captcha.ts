// Optional CAPTCHA (Cloudflare Turnstile or hCaptcha), verified on the server. Off unless
// CAPTCHA_PROVIDER is set; the widget's token arrives as a form field.
import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/config/env";

const endpoints = {
  turnstile: { url: "https://challenges.cloudflare.com/turnstile/v0/siteverify", field: "cf-turnstile-response" },
  hcaptcha: { url: "https://api.hcaptcha.com/siteverify", field: "h-captcha-response" },
} as const;

const verdict = z.object({ success: z.boolean() });

export type CaptchaOutcome = "not_required" | "passed" | "failed";

type VerifyOptions = {
  /** Only for tests, which answer as the provider from a local server; always the provider's own URL otherwise. */
  verifyUrl?: string;
};

export async function verifyCaptcha(fields: Record<string, unknown>, { verifyUrl }: VerifyOptions = {}): Promise<CaptchaOutcome> {
  const { CAPTCHA_PROVIDER, CAPTCHA_SECRET_KEY } = getConfig();
  if (CAPTCHA_PROVIDER === "none" || !CAPTCHA_SECRET_KEY) return "not_required";
  const endpoint = endpoints[CAPTCHA_PROVIDER];
  const token = fields[endpoint.field];
  if (typeof token !== "string" || token.length === 0 || token.length > 4096) return "failed";
  try {
    const response = await fetch(verifyUrl ?? endpoint.url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ secret: CAPTCHA_SECRET_KEY, response: token }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return "failed";
    const parsed = verdict.safeParse(await response.json());
    return parsed.success && parsed.data.success ? "passed" : "failed";
  } catch {
    // Unreachable, slow or not JSON: a reader is refused with a clear message rather than let through.
    return "failed";
  }
}

export function captchaFieldName(): string | null {
  const { CAPTCHA_PROVIDER } = getConfig();
  return CAPTCHA_PROVIDER === "none" ? null : endpoints[CAPTCHA_PROVIDER].field;
}

/**
 * True when a CAPTCHA is required and the post carries no answer at all: it came from a page that
 * cannot run the widget (the embedded appeal's frame runs no script). Such a post is sent on to a
 * page that shows the widget; it never counts as passed.
 */
export function isCaptchaAnswerMissing(fields: Record<string, unknown>): boolean {
  const { CAPTCHA_PROVIDER, CAPTCHA_SECRET_KEY } = getConfig();
  if (CAPTCHA_PROVIDER === "none" || !CAPTCHA_SECRET_KEY) return false;
  const token = fields[endpoints[CAPTCHA_PROVIDER].field];
  return typeof token !== "string" || token.length === 0;
}
