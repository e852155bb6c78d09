// GET|POST /api/ping: the trivial route. Uptime probes use it, and benchmarks measure every
// other route as a ratio to it on the same server in the same run.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  await request.arrayBuffer();
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
