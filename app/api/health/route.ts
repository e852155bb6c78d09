// GET /api/health: liveness and database reachability for load balancers and uptime checks.
import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(database.ok ? { status: "ok", database: { status: "up", latencyMs: database.latencyMs } } : { status: "unavailable", database: { status: "down", error: "the database did not answer" } }, {
    status: database.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
