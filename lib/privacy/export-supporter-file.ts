// A subject-access request from the dashboard: everything held on one supporter as a JSON file
// to download (export-supporter.ts, which records it in the audit log). Null when there is no
// such supporter.
import "server-only";
import { getPrisma } from "../db/prisma";
import { exportSupporter } from "./export-supporter";

export async function exportSupporterFile(actorUserId: string, supporterId: string): Promise<{ filename: string; json: string } | null> {
  const exported = await exportSupporter(getPrisma(), supporterId, { userId: actorUserId });
  if (!exported) return null;
  return { filename: `supporter-${supporterId}.json`, json: JSON.stringify(exported, null, 2) };
}
