// Bulk import and export of worklog pages (README.md). The work itself is the data layer's
// (lib/server/data/worklog-io/, shared with the web pages); this file reads arguments and files,
// prints, and writes the exported tree.
//
//   npm run worklog -- import <file|dir|zip>... --user <email> [--replace] [--dry-run]
//   npm run worklog -- export --user <email> [--week N] [--lang en|vi] --out <dir>
//   npm run worklog -- notify --due [--now <ISO instant>]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import { z } from "zod";
import { IMPORT_LIMITS } from "../lib/schemas/import.ts";
import { inWords } from "../lib/i18n/said.ts";
import { translatorFor } from "../lib/i18n/translator.ts";
import { previewInWords } from "../lib/worklog/import/in-words.ts";
import { migrateDatabase, openDatabase } from "./lib/database.ts";
import { notifyArgsSchema, runNotify } from "./lib/notify-command.ts";
import { progressBar } from "./lib/progress-bar.ts";

const USAGE = `Usage:
  npm run worklog -- import <file|dir|zip>... --user <email> [--replace] [--dry-run]
      Imports week pages (.md), zips of content/1-Worklog, or folders of them as the intern's weeks.
      Weeks the intern already has are skipped, or replaced with --replace (not submitted or approved ones).
  npm run worklog -- export --user <email> [--week N] [--lang en|vi] --out <dir>
      Writes the intern's worklog as <dir>/content/1-Worklog/... (every week, both languages, unless narrowed).
  npm run worklog -- notify --due [--now <ISO instant>]
      Writes the reminders and weekly digests due now (each at most once) and sends their mail;
      also refreshes the program overview's at-risk counts.`;

const email = z
  .string({ error: "--user <email> is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "--user must be an email address" }));

const argsSchema = z.discriminatedUnion("command", [
  z.object({
    command: z.literal("import"),
    inputs: z.array(z.string()).min(1, "Name at least one file, folder or zip to import"),
    user: email,
    replace: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  }),
  z.object({
    command: z.literal("export"),
    inputs: z.array(z.string()).max(0, "export takes no file names; use --out <dir>"),
    user: email,
    week: z.coerce.number({ error: "--week must be a number" }).int().min(1).max(52).optional(),
    lang: z.enum(["en", "vi"], { error: "--lang must be en or vi" }).optional(),
    out: z.string({ error: "--out <dir> is required" }).min(1),
  }),
]);

function readArgs() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      user: { type: "string" },
      week: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      replace: { type: "boolean" },
      "dry-run": { type: "boolean" },
      due: { type: "boolean" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  if (command === "notify") {
    const notify = notifyArgsSchema.safeParse({ due: values.due, now: values.now });
    if (!notify.success) throw new UsageError(notify.error.issues[0]?.message ?? "Invalid arguments.");
    return { command, ...notify.data } as const;
  }
  if (command !== "import" && command !== "export") throw new UsageError(`Unknown command "${command}".`);
  const parsed = argsSchema.safeParse({ ...values, dryRun: values["dry-run"], command, inputs });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? "Invalid arguments.");
  return parsed.data;
}

class UsageError extends Error {}

/** Files for the data layer: .md and .zip as they are; a folder zipped in memory with its .md pages (so it is read like a zip). */
function readInputs(inputs: string[]): { name: string; bytes: Uint8Array }[] {
  return inputs.map((input) => {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${input} does not exist.`);
    if (!stat.isDirectory()) return { name: path.basename(input), bytes: readFileSync(input) };
    const root = path.resolve(input);
    const pages: Record<string, Uint8Array> = {};
    let seen = 0;
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
        if (++seen > 10 * IMPORT_LIMITS.zipEntries)
          throw new UsageError(`${input} holds too many files; name the content/1-Worklog folder itself.`);
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
          pages[path.relative(root, full).split(path.sep).join("/")] = readFileSync(full);
        }
      }
    };
    walk(root);
    return { name: input.replace(/[\\/]+$/, ""), bytes: zipSync(pages, { level: 0 }) };
  });
}

let dataErrorStatus: ((error: unknown) => number) | undefined;

async function main() {
  const args = readArgs();
  const database = await openDatabase();
  try {
    await migrateDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db.ts");
    if (args.command === "notify") {
      await runNotify(args).finally(() => db.$disconnect());
      return;
    }
    const { answerFor } = await import("../lib/server/answers.ts");
    dataErrorStatus = (error) => answerFor(error).status;
    const io = {
      ...(await import("../lib/server/data/worklog-io/export-worklog.ts")),
      ...(await import("../lib/server/data/worklog-io/import-worklog.ts")),
      ...(await import("../lib/server/data/worklog-io/preview-import.ts")),
    };
    try {
      const viewer = await db.user.findUnique({
        where: { email: args.user },
        select: { id: true, email: true, name: true, role: true, locale: true },
      });
      if (!viewer)
        throw new UsageError(`No user ${args.user}. They appear once they have signed in (or an admin added them).`);
      if (viewer.role !== "INTERN")
        throw new UsageError(
          `${args.user} is not an intern: --user names the intern whose worklog to ${args.command}.`,
        );
      if (args.command === "export") {
        const { files } = await io.exportWorklog(viewer, {
          weekNumber: args.week,
          langs: args.lang ? [args.lang] : undefined,
        });
        for (const file of files) {
          const target = path.join(args.out, ...file.path.split("/"));
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, file.content);
        }
        console.log(
          `Wrote ${files.length} ${files.length === 1 ? "page" : "pages"} of ${viewer.name}'s worklog to ${path.join(args.out, "content", "1-Worklog")}.`,
        );
        return;
      }

      const uploads = readInputs(args.inputs);
      const mode = args.replace ? "replace" : "skip";
      // The CLI speaks English, like its other output.
      const preview = previewInWords(await io.previewImport(viewer, uploads, { mode }), translatorFor("en"));
      for (const file of preview.files.filter((f) => f.status !== "week")) {
        console.log(`${file.status === "error" ? "error  " : "skipped"} ${file.name}: ${file.message ?? ""}`);
      }
      for (const week of preview.weeks) {
        console.log(
          `week ${String(week.number).padStart(2)}  ${week.action.padEnd(7)}  ${week.fileName}  (${week.days.length} days, ${week.taskCount} tasks)`,
        );
        for (const line of [week.reason, ...week.warnings].filter(Boolean)) console.log(`           ${line}`);
      }
      if (!preview.ok)
        throw new UsageError(
          `Nothing imported: ${preview.counts.errors} ${preview.counts.errors === 1 ? "file has an error" : "files have errors"}.`,
        );
      const toSave = preview.counts.create + preview.counts.replace;
      if (toSave === 0 || args.dryRun) {
        console.log(
          toSave === 0
            ? "Nothing to import."
            : `Dry run: ${toSave} ${toSave === 1 ? "week" : "weeks"} would be imported.`,
        );
        return;
      }
      const bar = progressBar("Importing", toSave);
      const result = await io.importWorklog(viewer, uploads, {
        mode,
        source: "cli",
        onWeekSaved: (week) => bar.step(`week ${week.number} ${week.action === "create" ? "created" : "replaced"}`),
      });
      if (!result.saved)
        throw new UsageError(
          "Nothing imported: the files or weeks changed meanwhile. Run the command again to see why.",
        );
      bar.done(`${result.weeks.length} ${result.weeks.length === 1 ? "week" : "weeks"} imported for ${viewer.name}`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // The data layer's refusals say what to do; anything else is a bug of ours, shown whole.
    const known = error instanceof UsageError || (dataErrorStatus?.(error) ?? 500) < 500;
    console.error(known ? inWords(translatorFor("en"), (error as Error).message) : error);
    if (error instanceof UsageError && /^Unknown command|arguments|required|must/.test(error.message))
      console.error(`\n${USAGE}`);
    process.exit(1);
  },
);
