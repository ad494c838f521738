import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
import { LIMITS, limitRequest } from "@/lib/server/rate-limit";

// Sign-in endpoints are rate limited per address; session reads (GET /api/auth/session) are not.
const limited = (path: string) => /\/api\/auth\/(signin|callback)\b/.test(path);

export async function GET(request: NextRequest) {
  if (limited(request.nextUrl.pathname)) {
    const refused = await limitRequest(LIMITS.signIn, request);
    if (refused) return refused;
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (limited(request.nextUrl.pathname)) {
    const refused = await limitRequest(LIMITS.signIn, request);
    if (refused) return refused;
  }
  return handlers.POST(request);
}
