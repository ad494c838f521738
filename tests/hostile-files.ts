// 500-file style hostile import inputs, shared by tests/integration/hostile-imports.test.ts (through
// the data layer) and tests/e2e/import-http.spec.ts (over HTTP).
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { IMPORT_LIMITS } from "@/lib/schemas/import";

const fixture = readFileSync(path.join(import.meta.dirname, "fixtures", "fcj-week5.en.md"), "utf8");

/** Deterministic hostile files: each breaks the page in one way. */
export function hostileFile(i: number): { name: string; bytes: Uint8Array } {
  const variants: (() => { name: string; bytes: Uint8Array })[] = [
    () => ({ name: `binary-${i}.md`, bytes: Uint8Array.from({ length: 2000 }, (_, k) => (k * 31 + i) % 256) }),
    () => ({ name: `empty-${i}.md`, bytes: new Uint8Array() }),
    () => ({ name: `readme-${i}.md`, bytes: strToU8(`# Project ${i}\n\nJust a README, no worklog here.\n`) }),
    () => ({
      name: `script-${i}.md`,
      bytes: strToU8(fixture.replace("| Mon |", `| Mon <script>alert(${i})</script> |`)),
    }),
    () => ({ name: `onerror-${i}.md`, bytes: strToU8(`${fixture}\n\n<img src=x onerror=alert(${i})>\n`) }),
    () => ({
      name: `jslink-${i}.md`,
      bytes: strToU8(fixture.replace("<https://cloudjourney.awsstudygroup.com/>", `[x](javascript:alert(${i}))`)),
    }),
    () => ({
      name: `frontmatter-${i}.md`,
      bytes: strToU8(fixture.replace('pre: " <b> 1.5. </b> "', `pre: "\\x3cscript\\x3e${i}"`)),
    }),
    () => ({
      name: `week-99-${i}.md`,
      bytes: strToU8(fixture.replaceAll("Week 5", "Week 99").replace("1.5.", "1.99.")),
    }),
    // Over the page limit, under the upload's: refused as that one file.
    () => ({ name: `too-big-${i}.md`, bytes: strToU8(`${fixture}\n${"x".repeat(IMPORT_LIMITS.pageBytes)}`) }),
    () => ({ name: `evil-${i}.zip`, bytes: zipSync({ [`../../etc/passwd-${i}.md`]: strToU8(fixture) }) }),
    () => ({ name: `absolute-${i}.zip`, bytes: zipSync({ [`/tmp/evil-${i}.md`]: strToU8(fixture) }) }),
    () => ({
      name: `many-${i}.zip`,
      bytes: zipSync(
        Object.fromEntries(Array.from({ length: 210 }, (_, k) => [`content/1-Worklog/${k}.md`, strToU8("x")])),
      ),
    }),
    () => ({ name: `broken-${i}.zip`, bytes: strToU8("PK\u0003\u0004 this is not really a zip") }),
    () => ({ name: `page-${i}.exe`, bytes: strToU8(fixture) }),
    () => ({ name: `yaml-${i}.md`, bytes: strToU8(`---\ntitle: [unclosed\n---\n### Week 5 Objectives:\n* x\n`) }),
  ];
  return variants[i % variants.length]!();
}
