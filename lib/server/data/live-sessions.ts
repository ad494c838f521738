// proxy.ts's early refusal of a request that carries a body (a form save, an upload) for a session
// that does not exist or has ended: answered before Next.js reads or decodes the body. One indexed
// query on a small pool of its own. No "server-only" marker: proxy.ts runs outside React's server
// environment, so this cannot use the Prisma client (lib/server/db.ts carries the marker). The pages
// and actions still verify the session in full (sessions.ts); this is only the cheap first gate.
import { createHash } from "node:crypto";
import pg from "pg";

const globalForPool = globalThis as unknown as { worklogLiveSessions?: pg.Pool };

function pool(): pg.Pool {
  globalForPool.worklogLiveSessions ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  return globalForPool.worklogLiveSessions;
}

/** The key a session is stored under: the token itself is never stored. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Does this token name a session that has not ended, of a person who is not deactivated? */
export async function sessionIsLive(token: string): Promise<boolean> {
  const hash = tokenHash(token);
  const { rowCount } = await pool().query(
    `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
    [hash],
  );
  return (rowCount ?? 0) > 0;
}
