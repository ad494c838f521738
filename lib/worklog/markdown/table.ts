/**
 * The task table: one row per day. table-read.ts reads it from remark-gfm's table AST,
 * table-write.ts writes it back; what both sides share is here.
 */
import type { WorklogLang, WorklogTableLayout } from "@/lib/worklog/week";
import { TEMPLATES } from "./vocabulary";

export function standardTableLayout(lang: WorklogLang): WorklogTableLayout {
  const names = TEMPLATES[lang].columns;
  const roles = ["day", "tasks", "start", "end", "references"] as const;
  return {
    columns: roles.map((role) => ({ role, header: names[role] })),
    taskMarker: "- ",
    taskSeparator: " <br> ",
    subItemSeparator: "<br>",
    subItemPrefix: "&emsp; + ",
    referenceSeparator: " <br> ",
    dateOrder: "dmy",
    dateFormat: "DD/MM/YYYY",
    dayLabels: "weekday",
  };
}

/** A link as `<https://...>` or bare: how reference cells tell links from plain text. */
export const URL_TOKEN = /^<((?:https?|ftp):\/\/[^\s<>]+)>$|^((?:https?|ftp):\/\/[^\s<>]+)$/i;
