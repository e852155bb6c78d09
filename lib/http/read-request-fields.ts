// Reads a JSON or form body into plain fields, refusing oversized bodies before parsing them.
import { readLimitedBody } from "./read-limited-body";

export type RequestFields = { ok: true; fields: Record<string, unknown>; isJson: boolean } | { ok: false; status: 400 | 413 | 415; message: string; isJson: boolean };

/** The error code a refused body answers with: payload_too_large, unsupported_media_type or invalid_body. */
export function bodyErrorCode(status: 400 | 413 | 415): string {
  return status === 413 ? "payload_too_large" : status === 415 ? "unsupported_media_type" : "invalid_body";
}

export function wantsJson(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  const type = request.headers.get("content-type") ?? "";
  return accept.includes("application/json") || type.includes("application/json");
}

export async function readRequestFields(request: Request, maxBytes: number): Promise<RequestFields> {
  const isJson = wantsJson(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const bytes = await readLimitedBody(request, maxBytes);
  if (bytes === null) return { ok: false, status: 413, message: `The request is larger than ${maxBytes} bytes.`, isJson };
  const text = new TextDecoder().decode(bytes);
  if (type === "application/json") {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, status: 400, message: "The body must be a JSON object.", isJson };
      return { ok: true, fields: parsed as Record<string, unknown>, isJson };
    } catch {
      return { ok: false, status: 400, message: "The body is not valid JSON.", isJson };
    }
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
      return { ok: false, status: 400, message: "The form data could not be read.", isJson };
    }
  }
  return { ok: false, status: 415, message: "Send JSON or a form.", isJson };
}
