// The public form routes (reminders, manage links) accept an HTML form post or JSON; both become a
// flat map of strings. The body is read up to MAX_FORM_BYTES like checkout's (readRequestFields):
// a larger one, a body that cannot be read or a type that is neither answers at once, before any
// work, as JSON to a JSON caller and as plain text to a browser.
import { bodyErrorCode, readRequestFields } from "./read-request-fields";

export const MAX_FORM_BYTES = 8 * 1024;

export type FormFields = { ok: true; fields: Record<string, string> } | { ok: false; response: Response };

export async function readFormFields(request: Request, maxBytes: number = MAX_FORM_BYTES): Promise<FormFields> {
  const body = await readRequestFields(request, maxBytes);
  if (!body.ok) {
    const headers = { "Cache-Control": "no-store" };
    const response = body.isJson
      ? Response.json({ error: { code: bodyErrorCode(body.status), message: body.message, field: null } }, { status: body.status, headers })
      : new Response(`${body.message}\n`, { status: body.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
    return { ok: false, response };
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body.fields)) if (typeof value === "string" || typeof value === "number") fields[key] = String(value);
  return { ok: true, fields };
}

/** The caller asked for a JSON answer (the routes answer form posts with redirects). */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}
