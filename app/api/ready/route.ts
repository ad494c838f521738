import { checkHealth } from "@/lib/server/data/health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can serve (database reachable, migrations applied), else 503. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
