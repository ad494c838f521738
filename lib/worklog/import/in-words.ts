// An import's report put in the reader's words: the messages of the analysis, the plan and the
// parser travel as said messages (lib/i18n/said.ts) until the route (or the CLI) answers.
import { inWords, type Translate } from "@/lib/i18n/said";
import type { ImportPreview } from "./types";

export function previewInWords(preview: ImportPreview, t: Translate): ImportPreview {
  const words = (text: string) => inWords(t, text);
  return {
    ...preview,
    // A file's name is said too when it stands for several files ("These files").
    files: preview.files.map((file) => ({
      ...file,
      name: words(file.name),
      ...(file.message ? { message: words(file.message) } : {}),
    })),
    weeks: preview.weeks.map((week) => ({
      ...week,
      ...(week.reason ? { reason: words(week.reason) } : {}),
      warnings: week.warnings.map(words),
    })),
  };
}
