import { unreadNotificationCount } from "@/lib/server/data/notifications/inbox";
import { getViewer } from "@/lib/server/data/session";

export const dynamic = "force-dynamic";

/** The bell's number (components/notifications/bell.tsx polls it): one indexed count, no page render. */
export async function GET() {
  const viewer = await getViewer();
  const headers = { "Cache-Control": "no-store" };
  if (!viewer?.role) return Response.json({ count: 0 }, { status: viewer ? 200 : 401, headers });
  return Response.json({ count: await unreadNotificationCount(viewer) }, { headers });
}
