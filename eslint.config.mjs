import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only the data layer reaches the database (docs/ARCHITECTURE.md): the Prisma client, its generated
// types and pg stay out of routes, components, the domain and the schemas.
const databaseAccess = {
  paths: [
    { name: "pg", message: "Only lib/server/data (the data-access layer) talks to PostgreSQL." },
    { name: "@prisma/client", message: "Use lib/server/data (the data-access layer)." },
  ],
  patterns: [
    {
      group: ["@prisma/*", "@/lib/generated/**", "**/generated/prisma/**", "@/lib/server/db", "**/server/db"],
      message: "Only lib/server/data may query the database or use its types: call a function there.",
    },
  ],
};

// Dependencies point one way: app/ → components/ → lib/ (docs/decisions/012).
const intoApp = {
  group: ["@/app/*", "**/app/*"],
  message: "Nothing outside app/ imports app/: move the shared code to components/ or lib/.",
};

const restrict = (...extra) => ({
  paths: databaseAccess.paths,
  patterns: [...databaseAccess.patterns, ...extra],
});

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", databaseAccess] },
  },
  {
    files: ["components/**", "lib/worklog/**", "lib/schemas/**", "lib/*.ts"],
    rules: { "no-restricted-imports": ["error", restrict(intoApp)] },
  },
  {
    // Inside lib/server, the database belongs to the data layer, the client, the migration runner and
    // the named infrastructure modules (the benchmark's floors and query counter, the live updates' listener).
    files: ["lib/server/**"],
    ignores: [
      "lib/server/data/**",
      "lib/server/db.ts",
      "lib/server/migrations.ts",
      "lib/server/bench/**",
      "lib/server/live/listener.ts",
    ],
    rules: { "no-restricted-imports": ["error", restrict(intoApp)] },
  },
  {
    files: [
      "lib/server/data/**",
      "lib/server/db.ts",
      "lib/server/migrations.ts",
      "lib/server/bench/**",
      "lib/server/live/listener.ts",
    ],
    rules: { "no-restricted-imports": ["error", { patterns: [intoApp] }] },
  },
];

export default config;
