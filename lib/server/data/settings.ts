import "server-only";
// What a person sets for themselves: the interface's language (kept on the user, so that it follows
// them to any device).
import type { LocaleChoice } from "@/lib/schemas/settings";
import { db } from "../db";
import type { Viewer } from "./viewer";

/** Anyone signed in may choose their own language; nobody else's. */
export async function saveLocale(viewer: Viewer, input: LocaleChoice): Promise<LocaleChoice> {
  await db.user.update({ where: { id: viewer.id }, data: { locale: input.locale } });
  return input;
}
