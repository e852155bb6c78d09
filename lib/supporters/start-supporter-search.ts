// The supporters search form's post: the term is read, kept server-side under a handle
// (save-supporter-search.ts) and audited. Null when the term cannot be searched (too long).
import "server-only";
import { getPrisma } from "../db/prisma";
import { readSupporterSearchForm } from "./read-supporter-search-form";
import { saveSupporterSearch } from "./save-supporter-search";

export async function startSupporterSearch(staffUserId: string, form: FormData): Promise<{ handle: string } | null> {
  const request = readSupporterSearchForm(form);
  if (!request) return null;
  const { handle } = await saveSupporterSearch(getPrisma(), staffUserId, request);
  return { handle };
}
