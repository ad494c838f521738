import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { auth } from "../auth";
import { viewerById, type Viewer } from "./viewer";

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
