import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { auth } from "../auth";
import { db } from "../db";

/** Who is asking, read fresh from the database on every request (never trusted from the cookie). */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  /** Null: signed in, but in no group the app knows ("no access yet"). */
  role: Role | null;
}

/** The viewer for a user id. Used after the session is verified, and by tests with real users. */
export async function viewerById(userId: string): Promise<Viewer | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
}

/** The signed-in viewer of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? viewerById(userId) : null;
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
