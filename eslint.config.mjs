import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaOnlyInDataLayer = {
  paths: [{ name: "@prisma/client", message: "Use lib/server/data (the data-access layer)." }],
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "**/generated/prisma/client*", "@/lib/server/db", "**/server/db"],
      allowTypeImports: true,
      message: "Only lib/server/data may query the database: call a function there.",
    },
  ],
};

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
    files: ["app/**", "components/**", "lib/worklog/**", "lib/schemas/**"],
    rules: { "no-restricted-imports": ["error", prismaOnlyInDataLayer] },
  },
];

export default config;
