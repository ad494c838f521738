// What a test does behind a person's back: an administrator of the identity provider changes their
// groups or disables them (the local provider's directory, scripts/oidc/routes.ts), and the test
// reads ids from the app's database to aim at pages.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_OIDC_PORT } from "../../playwright.config";

// The launcher's local provider (scripts/lib/local-auth.ts): the default region and pool of
// scripts/oidc-provider.ts, the client id it registers, and the secret it keeps in the data folder.
export const PROVIDER_ORIGIN = `http://127.0.0.1:${E2E_OIDC_PORT}`;
const ISSUER = `${PROVIDER_ORIGIN}/us-east-1_local`;
const CLIENT_ID = "worklog-local";

function clientSecret(): string {
  const file = path.join(E2E_DATA_DIR, "local-secrets.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { clientSecret: string }).clientSecret;
}

/** Changes a person at the provider, as a Cognito administrator would; fails unless it took. */
export async function changeAtProvider(
  request: APIRequestContext,
  email: string,
  change: { groups?: string[]; disabled?: boolean },
): Promise<void> {
  const credentials = Buffer.from(`${CLIENT_ID}:${clientSecret()}`).toString("base64");
  const response = await request.post(`${ISSUER}/_local/users`, {
    headers: { Authorization: `Basic ${credentials}` },
    data: { email, ...change },
  });
  if (!response.ok()) throw new Error(`The provider refused the change: ${response.status()} ${await response.text()}`);
}

/** Rows from the app's database (ids to aim at, the state a page should show). */
export async function queryApp<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(text, values)).rows as Row[];
  } finally {
    await db.end();
  }
}

/** The id of a demo intern's week number `number`. */
export async function weekIdOf(email: string, number: number): Promise<string> {
  const [row] = await queryApp<{ id: string }>(
    `SELECT w.id FROM weeks w JOIN users u ON u.id = w.intern_id WHERE u.email = $1 AND w.number = $2`,
    [email, number],
  );
  if (!row) throw new Error(`${email} has no week ${number}`);
  return row.id;
}
