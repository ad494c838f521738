import { orNotFound } from "@/lib/server/answers";
import { openNotification } from "@/lib/server/data/notifications/inbox";
import { requireViewer } from "@/lib/server/data/session";

export const dynamic = "force-dynamic";

/**
 * A notification's own link (in the app and in its mail): marks it read and goes to what it is
 * about, the week at the comment for a comment. Only its own person's: anyone else gets a 404.
 */
export async function GET(_request: Request, { params }: RouteContext<"/notifications/[id]">) {
  const viewer = await requireViewer();
  const target = await orNotFound(openNotification(viewer, (await params).id));
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
