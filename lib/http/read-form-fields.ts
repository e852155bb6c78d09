// Route handlers accept both an HTML form post and JSON; both become a flat map of strings.
export async function readFormFields(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get("content-type") ?? "";
  const fields: Record<string, string> = {};
  if (type.includes("application/json")) {
    const body: unknown = await request.json().catch(() => ({}));
    if (body && typeof body === "object") {
      for (const [key, value] of Object.entries(body)) if (typeof value === "string" || typeof value === "number") fields[key] = String(value);
    }
    return fields;
  }
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await request.formData().catch(() => undefined);
    form?.forEach((value, key) => {
      if (typeof value === "string") fields[key] = value;
    });
  }
  return fields;
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}
