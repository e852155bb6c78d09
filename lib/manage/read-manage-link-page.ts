// What /manage/open?token=... (the page a manage link opens) shows: the link checked without
// spending it, so the page offers one button (the POST behind it spends the link), or the reason
// it cannot be used. ?error= is the POST's refusal, sent back here.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { checkManageLink, type ManageLinkRefusal } from "./open-manage-link";

export type ManageLinkPage = { kind: "ready"; token: string } | { kind: "refused"; reason: ManageLinkRefusal };

const refusals: readonly ManageLinkRefusal[] = ["invalid", "expired", "used", "no-customer"];

// Only the refusals we write: "__proto__" or "toString" in the address is none of them.
const isRefusal = (value: unknown): value is ManageLinkRefusal => refusals.some((refusal) => refusal === value);

export async function readManageLinkPage(params: Record<string, string | string[] | undefined>): Promise<ManageLinkPage> {
  if (isRefusal(params.error)) return { kind: "refused", reason: params.error };
  const token = typeof params.token === "string" ? params.token : undefined;
  const check = await checkManageLink(getPrisma(), token);
  return check.ok && token ? { kind: "ready", token } : { kind: "refused", reason: check.ok ? "invalid" : check.reason };
}
