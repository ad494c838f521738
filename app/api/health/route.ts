export const dynamic = "force-dynamic";

/**
 * Liveness, for a load balancer or an orchestrator: 200 as long as this process answers HTTP. It
 * reads nothing, so a database outage does not get healthy instances restarted; whether the
 * instance can serve is /api/ready's answer.
 */
export function GET() {
  return Response.json({ ok: true, status: "alive" }, { headers: { "Cache-Control": "no-store" } });
}
