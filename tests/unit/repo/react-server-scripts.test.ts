// The scripts (npm start, the CLI, the bench) run under `--conditions=react-server`, where `react`
// has no hooks: a module they load that reaches React's client entry (next-intl's main one did)
// fails at link time, and only when that script runs. This loads what they share under that condition.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const MODULES = ["lib/i18n/translator.ts", "scripts/bench/hostile-input.ts", "scripts/bench/endpoints.ts"];

it("loads the scripts' shared modules under the react-server condition", () => {
  const imports = MODULES.map((file) => `await import(${JSON.stringify(path.join(root, file))});`).join(" ");
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", imports],
    { cwd: root, encoding: "utf8", timeout: 60_000 },
  );
  expect(result.stderr).not.toMatch(/SyntaxError|Error \[/);
  expect(result.status).toBe(0);
}, 60_000);
