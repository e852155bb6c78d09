// Counts one appeal view, Continue click or reminder sign-up in today's row for its placement, variant
// and article: one upsert, no row per reader. Goes to the pg pool directly (a view is counted on every
// article read; see ARCHITECTURE.md, "Hot paths skip Prisma").
import "server-only";
import type pg from "pg";
import { getPgPool } from "@/lib/db/pg-pool";
import type { Attribution } from "./attribution";

export type AppealEvent = "views" | "clicks" | "reminderSignUps";

const columns: Record<AppealEvent, string> = { views: '"views"', clicks: '"clicks"', reminderSignUps: '"reminderSignUps"' };

/** Counts nothing for an appeal with no placement (the appeal's own page is not an embed). */
export async function countAppealEvent(event: AppealEvent, attribution: Attribution, at: Date = new Date(), pool: pg.Pool = getPgPool()): Promise<void> {
  if (!attribution.placement) return;
  const column = columns[event];
  await pool.query(
    `INSERT INTO "AppealCounter" ("day", "placement", "variant", "articlePath", ${column})
     VALUES (($1::timestamptz AT TIME ZONE 'UTC')::date, $2, $3, $4, 1)
     ON CONFLICT ("day", "placement", "variant", "articlePath") DO UPDATE SET ${column} = "AppealCounter".${column} + 1`,
    [at.toISOString(), attribution.placement, attribution.variant ?? "a", attribution.articlePath ?? ""],
  );
}
