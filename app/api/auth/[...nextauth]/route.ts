import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
import { getViewer } from "@/lib/server/data/session";
import { duringSignIn } from "@/lib/server/data/sessions";
import { LIMITS, limitRequest } from "@/lib/server/rate-limit";

// Sign-in endpoints are rate limited per address; the session endpoint is answered here.
const limited = (path: string) => /\/api\/auth\/(signin|callback)\b/.test(path);
const isSessionEndpoint = (path: string) => /\/api\/auth\/session\/?$/.test(path);

/**
 * Who is signed in, without Set-Cookie: Auth.js's own session endpoint sets the cookie again with a
 * later expiry on every call, and a session must end 8 hours after sign-in whatever a tab does.
 */
async function session(): Promise<Response> {
  const viewer = await getViewer();
  const body = viewer ? { user: { name: viewer.name, email: viewer.email } } : {};
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}

async function handle(request: NextRequest, next: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const path = request.nextUrl.pathname;
  if (isSessionEndpoint(path)) return session();
  if (limited(path)) {
    const refused = await limitRequest(LIMITS.signIn, request);
    if (refused) return refused;
  }
  return duringSignIn(() => next(request));
}

export function GET(request: NextRequest) {
  return handle(request, handlers.GET);
}

export function POST(request: NextRequest) {
  return handle(request, handlers.POST);
}
