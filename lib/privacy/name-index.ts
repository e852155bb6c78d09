// A keyed blind index of a supporter's full name, for exact (case- and spacing-insensitive)
// name search. Same key as the email index, with its own prefix so the two never collide.
import { createHmac } from "node:crypto";
import { getPiiKeys } from "./pii-keys";

export function normaliseName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function nameIndex(name: string): string {
  return createHmac("sha256", getPiiKeys().indexKey)
    .update(`name:${normaliseName(name)}`)
    .digest("base64url");
}
