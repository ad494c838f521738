// proxy.ts's early refusal of a request that carries a body (a form save, an upload) for a session
// that does not exist or has ended: answered before Next.js reads or decodes the body. One indexed
// query on a small pool of its own. No "server-only" marker: proxy.ts runs outside React's server
// environment, so this cannot use the Prisma client (lib/server/db.ts carries the marker). The pages
// and actions still verify the session in full (sessions.ts); this is only the cheap first gate.
import { createHash } from "node:crypto";
import pg from "pg";
import { log } from "../logger";

const globalForPool = globalThis as unknown as { worklogLiveSessions?: pg.Pool };

/** Its connections are named so in pg_stat_activity. */
export const LIVE_SESSIONS_APPLICATION = "worklog-proxy-sessions";

function pool(): pg.Pool {
  if (!globalForPool.worklogLiveSessions) {
    const made = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 3,
      application_name: LIVE_SESSIONS_APPLICATION,
    });
    // An idle connection the database ends (a restart: "terminating connection due to administrator
    // command") is reported here; unheard, it would be an uncaught exception of the whole server. One
    // lost connection says nothing of the database (a backend ended by hand): the next query, or
    // the probe, decides whether it is away.
    made.on("error", (error) => {
      log.warn(
        { event: "database.idle-connection-lost", pool: LIVE_SESSIONS_APPLICATION, error: error.message },
        "idle connection lost",
      );
    });
    globalForPool.worklogLiveSessions = made;
  }
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
