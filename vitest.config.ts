import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Answers in English unless the person chose Vietnamese (tests that speak Vietnamese say so).
          env: { WORKLOG_DEFAULT_LOCALE: "en" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // `server-only` throws outside React server bundles; the DAL is plain Node code in tests.
          alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts") },
        },
      },
      {
        resolve: { alias },
        test: {
          // The whole app as users start it (scripts/start.ts, next start), each on free ports of its own.
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/system/global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
