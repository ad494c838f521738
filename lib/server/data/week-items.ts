import { say } from "@/lib/i18n/said";
import "server-only";
// A week's objectives or achievements, saved as one ordered list. The save names the list's version
// it was based on; a save over a newer version (another tab, an import) is refused with what the list
// holds now, and nothing is written.
import type { z } from "zod";
import type { weekItemsSchema } from "@/lib/schemas/week";
import { db, type Tx } from "../db";
import { assertRole, lockEditableWeek } from "./access";
import { audit } from "./audit";
import { StaleEditError, ValidationError } from "./errors";
import type { Viewer } from "./viewer";

type ItemsInput = z.infer<typeof weekItemsSchema>;

const VERSION = { OBJECTIVE: "objectivesVersion", ACHIEVEMENT: "achievementsVersion" } as const;

/** Replaces the week's objectives (or achievements) with this ordered list. */
export async function saveWeekItems(viewer: Viewer, input: ItemsInput): Promise<{ version: number }> {
  assertRole(viewer);
  return db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const existing = await tx.weekItem.findMany({
      where: { weekId: week.id, kind: input.kind },
      orderBy: { position: "asc" },
      select: { id: true, text: true },
    });
    const stored = await tx.week.findUniqueOrThrow({
      where: { id: week.id },
      select: { objectivesVersion: true, achievementsVersion: true },
    });
    const version = stored[VERSION[input.kind]];
    if (version !== input.baseVersion) throw new StaleEditError({ version, now: existing.map((item) => item.text) });
    checkItemsExist(existing, input);
    await writeItems(tx, week.id, input);
    await tx.week.update({ where: { id: week.id }, data: { [VERSION[input.kind]]: version + 1 } });
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: input.kind === "OBJECTIVE" ? "objectives.saved" : "achievements.saved",
      entityId: week.id,
      data: { count: input.items.length },
    });
    return { version: version + 1 };
  });
}

function checkItemsExist(existing: { id: string }[], input: ItemsInput): void {
  const known = new Set(existing.map((i) => i.id));
  input.items.forEach((item, index) => {
    if (item.id && !known.has(item.id)) {
      throw new ValidationError({ [`items.${index}.text`]: [say("errors.week.itemGone")] });
    }
  });
}

async function writeItems(tx: Tx, weekId: string, input: ItemsInput): Promise<void> {
  const kept = new Set(input.items.flatMap((i) => (i.id ? [i.id] : [])));
  await tx.weekItem.deleteMany({ where: { weekId, kind: input.kind, id: { notIn: [...kept] } } });
  for (const [position, item] of input.items.entries()) {
    if (item.id) await tx.weekItem.update({ where: { id: item.id }, data: { position, text: item.text } });
    else await tx.weekItem.create({ data: { weekId, kind: input.kind, position, text: item.text } });
  }
}
