// zod pieces for a public form's fields (handle-public-form.ts), which arrive as strings from a
// browser's form and as any JSON value from a script.
import { z } from "zod";

/** Whatever fields arrived, as they are (no copy: a "__proto__" key stays a plain key). */
export const anyFields = z.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value));

/** The fields as a form would send them: strings, with JSON numbers as their text; anything else is dropped. */
export function textFields(fields: Record<string, unknown>): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (typeof value === "string" || typeof value === "number") text[key] = String(value);
  return text;
}

/** One field read as a form sends it: its text, or undefined when absent or neither a string nor a number. */
export const formField = z.preprocess((value) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined), z.string().optional());
