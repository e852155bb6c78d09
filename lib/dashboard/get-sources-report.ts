// The Sources page's data: the period from the query string and the report for it.
import "server-only";
import { getPrisma } from "../db/prisma";
import { dashboardPeriod, type DashboardPeriod } from "./dashboard-period";
import { getAppealSources, type PlacementSources } from "./get-appeal-sources";

export type SourcesReport = { period: DashboardPeriod; placements: PlacementSources[] };

export async function getSourcesReport(params: { period?: string }, now = new Date()): Promise<SourcesReport> {
  const period = dashboardPeriod(params, now);
  return { period, placements: await getAppealSources(getPrisma(), period) };
}
