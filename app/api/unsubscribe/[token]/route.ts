import { unsubscribe } from "@/lib/server/data/notifications/preferences";
import { mailEnv } from "@/lib/server/env";
import { readUnsubscribeToken } from "@/lib/server/unsubscribe-token";

export const dynamic = "force-dynamic";

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs `List-Unsubscribe=One-Click` here, signed
 * out; the confirmation page's form posts here too and is sent back to it. The signed token says
 * whose e-mail of which kind stops; nothing else can be changed through it.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const target = readUnsubscribeToken(token, mailEnv().AUTH_SECRET);
  const fromPage = new URL(request.url).searchParams.get("from") === "page";
  const headers = { "Cache-Control": "no-store" };
  if (!target || !(await unsubscribe(target))) {
    return fromPage
      ? new Response(null, {
          status: 303,
          headers: { ...headers, Location: `/unsubscribe/${encodeURIComponent(token)}` },
        })
      : new Response("Invalid link\n", { status: 404, headers });
  }
  return fromPage
    ? new Response(null, { status: 303, headers: { ...headers, Location: `/unsubscribe/${token}?done=1` } })
    : new Response("Unsubscribed\n", { status: 200, headers });
}

/** A person who opens the link itself gets the confirmation page (a GET changes nothing: mail scanners open links). */
export async function GET(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}` } });
}
