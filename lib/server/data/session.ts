import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { SESSION_COOKIE } from "../auth-config";
import { isConnectionError, markDatabaseDown } from "../database-probe";
import { viewerForSession } from "./sessions";
import type { Viewer } from "./viewer";

/** The session token the browser sent: Auth.js's cookie (`__Secure-` over https). */
export function sessionTokenIn(jar: { getAll(): { name: string; value: string }[] }): string | null {
  return jar.getAll().find((cookie) => SESSION_COOKIE.test(cookie.name))?.value || null;
}

/** The signed-in viewer of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = sessionTokenIn(await cookies());
  if (!token) return null;
  try {
    return await viewerForSession(token);
  } catch (error) {
    // Every page starts here: if the database is away, the next requests get a 503 page at once.
    if (isConnectionError(error)) markDatabaseDown();
    throw error;
  }
});

/** The signed-in viewer, or off to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** A viewer with one of these roles; users in no group go to "no access yet", others get a 404. */
export async function requireRole(...roles: Role[]): Promise<Viewer & { role: Role }> {
  const viewer = await requireViewer();
  if (!viewer.role) redirect("/no-access");
  if (!roles.includes(viewer.role)) notFound();
  return viewer as Viewer & { role: Role };
}
