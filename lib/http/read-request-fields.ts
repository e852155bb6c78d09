// The one reader of a public request's fields: a JSON object, a urlencoded form or multipart form
// data, read up to maxBytes (8 kB unless told) before anything is parsed. A body that is too
// large, unreadable or of another type is refused with a status, an error code and plain words,
// and whether the caller wants JSON back (wants-json.ts), so every route answers it alike
// (answerUnreadableBody).
import { readLimitedBody } from "./read-limited-body";
import { wantsJson } from "./wants-json";

export const MAX_FORM_BYTES = 8 * 1024;

export type UnreadableBodyCode = "payload_too_large" | "unsupported_media_type" | "invalid_body";

export type RequestFields = { ok: true; fields: Record<string, unknown>; isJson: boolean } | { ok: false; status: 400 | 413 | 415; code: UnreadableBodyCode; message: string; isJson: boolean };

export async function readRequestFields(request: Request, maxBytes: number = MAX_FORM_BYTES): Promise<RequestFields> {
  const isJson = wantsJson(request);
  const refuse = (status: 400 | 413 | 415, message: string): RequestFields => ({ ok: false, status, code: codeOf(status), message, isJson });
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const read = await readLimitedBody(request, maxBytes);
  if (!read.ok) return refuse(413, `The request is larger than ${maxBytes} bytes.`);
  const text = new TextDecoder().decode(read.body);
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return refuse(400, "The body is not valid JSON.");
    }
    if (!isFields(parsed)) return refuse(400, "The body must be a JSON object.");
    return { ok: true, fields: parsed, isJson };
  }
  if (type === "application/x-www-form-urlencoded" || type === "") {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)), isJson };
  }
  if (type === "multipart/form-data") {
    try {
      const form = await new Response(text, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      const fields: Record<string, unknown> = {};
      form.forEach((value, key) => {
        if (typeof value === "string") fields[key] = value;
      });
      return { ok: true, fields, isJson };
    } catch {
      return refuse(400, "The form data could not be read.");
    }
  }
  return refuse(415, "Send JSON or a form.");
}

/** The answer to a body that was refused: the error as JSON to a JSON caller, plain words to a browser. */
export function answerUnreadableBody(refusal: Extract<RequestFields, { ok: false }>): Response {
  const headers = { "Cache-Control": "no-store" };
  if (refusal.isJson) return Response.json({ error: { code: refusal.code, message: refusal.message, field: null } }, { status: refusal.status, headers });
  return new Response(`${refusal.message}\n`, { status: refusal.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

function codeOf(status: 400 | 413 | 415): UnreadableBodyCode {
  return status === 413 ? "payload_too_large" : status === 415 ? "unsupported_media_type" : "invalid_body";
}

function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
