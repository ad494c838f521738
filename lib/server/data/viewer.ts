import "server-only";
import type { Locale, Role } from "@/lib/generated/prisma/client";
import { isConnectionError, markDatabaseDown } from "../database-probe";
import { db } from "../db";

/** Who is asking, read fresh from the database on every request (never trusted from the cookie). */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  /** Null: signed in, but in no group the app knows ("no access yet"). */
  role: Role | null;
  /** The language they chose; null: their browser's (lib/i18n/locales.ts). */
  locale: Locale | null;
}

/** The columns a Viewer is read from, wherever one is read. */
export const VIEWER_SELECT = { id: true, email: true, name: true, role: true, locale: true } as const;

/**
 * The viewer for a user id: used once the session is verified (session.ts), and by tests with real
 * users. A deactivated person is nobody (their sessions are deleted too; this holds if one survives).
 */
export async function viewerById(userId: string): Promise<Viewer | null> {
  try {
    return await db.user.findUnique({
      where: { id: userId, deactivatedAt: null },
      select: VIEWER_SELECT,
    });
  } catch (error) {
    // Every page starts here: if the database is away, the next requests get a 503 page at once.
    if (isConnectionError(error)) markDatabaseDown();
    throw error;
  }
}
