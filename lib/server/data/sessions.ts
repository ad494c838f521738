import "server-only";
// Sessions kept in PostgreSQL (docs/decisions/014-sessions-in-postgresql.md). The browser holds a
// random token; its hash is the session's key. A session ends 8 hours after sign-in whatever the
// browser does; every check interval (15 minutes by default) the next request asks the identity
// provider, with the session's refresh token, whether the sign-in still stands: new groups take
// effect, a refusal ends the session, an unreachable provider is asked again later. One check at a
// time per session (a lease on the row). Auth.js creates and deletes sessions through sessionAdapter().
import { AsyncLocalStorage } from "node:async_hooks";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { env } from "../env";
import { refreshSignIn, type ProviderCheck } from "../identity-provider";
import { log } from "../logger";
import { open, seal } from "../secret-box";
import { db } from "../db";
import { tokenHash } from "./live-sessions";
import { roleFromGroups } from "./users";
import { VIEWER_SELECT, type Viewer } from "./viewer";

/** How long one check with the provider may hold the session's lease; a failed check waits a minute. */
const LEASE_MS = 30_000;
const RETRY_AFTER_FAILURE_MS = 60_000;

// The refresh token of a sign-in in progress: Auth.js's signIn callback sees the provider's tokens,
// its createSession call a moment later in the same request does not.
const signingIn = new AsyncLocalStorage<{ refreshToken?: string }>();

/** Runs Auth.js's handling of one request, so that a sign-in in it can hand its tokens to its session. */
export function duringSignIn<T>(handle: () => Promise<T>): Promise<T> {
  return signingIn.run({}, handle);
}

export function rememberRefreshToken(refreshToken: string | undefined): void {
  const store = signingIn.getStore();
  if (store) store.refreshToken = refreshToken;
}

function adapterUser(user: { id: string; email: string; name: string }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: null };
}

/** The storage Auth.js uses to create, find and delete sessions; users are recorded by recordSignIn. */
export function sessionAdapter(): Adapter {
  const userSelect = { id: true, email: true, name: true } as const;
  return {
    async getUserByAccount({ providerAccountId }) {
      const user = await db.user.findUnique({ where: { authSubject: providerAccountId }, select: userSelect });
      return user ? adapterUser(user) : null;
    },
    async getUser(id) {
      const user = await db.user.findUnique({ where: { id }, select: userSelect });
      return user ? adapterUser(user) : null;
    },
    // Accounts are claimed by a verified e-mail in recordSignIn, never linked by Auth.js.
    getUserByEmail: async () => null,
    createUser: async () => {
      throw new Error("Users are recorded at sign-in (recordSignIn), before a session is created.");
    },
    linkAccount: async () => undefined,
    // Auth.js updates users only in sign-in flows Worklog does not use (e-mail links); it changes nothing.
    async updateUser({ id }) {
      const user = await db.user.findUniqueOrThrow({ where: { id }, select: userSelect });
      return adapterUser(user);
    },
    async createSession({ sessionToken, userId, expires }) {
      const refreshToken = signingIn.getStore()?.refreshToken;
      await db.session.create({
        data: {
          tokenHash: tokenHash(sessionToken),
          userId,
          expiresAt: expires,
          refreshToken: refreshToken ? seal(refreshToken, env().AUTH_SECRET) : null,
        },
      });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const session = await db.session.findUnique({
        where: { tokenHash: tokenHash(sessionToken) },
        select: { userId: true, expiresAt: true, user: { select: userSelect } },
      });
      if (!session) return null;
      return {
        session: { sessionToken, userId: session.userId, expires: session.expiresAt },
        user: adapterUser(session.user),
      };
    },
    // Sessions are never extended: their end is fixed at sign-in.
    updateSession: async () => null,
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { tokenHash: tokenHash(sessionToken) } });
    },
  };
}

export interface SessionOptions {
  now?: Date;
  /** Asks the identity provider (tests name their own provider's answer). */
  check?: (refreshToken: string) => Promise<ProviderCheck>;
}

/** Who holds this session token, or null when it has ended (or the provider refused it just now). */
export async function viewerForSession(token: string, options: SessionOptions = {}): Promise<Viewer | null> {
  const now = options.now ?? new Date();
  const session = await db.session.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: {
      id: true,
      expiresAt: true,
      checkedAt: true,
      user: { select: { ...VIEWER_SELECT, deactivatedAt: true } },
    },
  });
  if (!session || session.expiresAt <= now) return null;
  const { deactivatedAt, ...viewer } = session.user;
  if (deactivatedAt) {
    await endSessionsOf(viewer.id);
    return null;
  }
  if (now.getTime() - session.checkedAt.getTime() < checkEveryMs()) return viewer;
  const checked = await checkWithProvider(session.id, viewer.id, now, options.check ?? refreshSignIn);
  if (checked === "ended") return null;
  return checked === "unchanged" ? viewer : { ...viewer, role: checked.role };
}

function checkEveryMs(): number {
  return env().WORKLOG_SESSION_CHECK_SECONDS * 1000;
}

/** Every session of this person ends (deactivation; a refused check). */
export async function endSessionsOf(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

async function checkWithProvider(
  sessionId: string,
  userId: string,
  now: Date,
  check: NonNullable<SessionOptions["check"]>,
): Promise<"unchanged" | "ended" | { role: Viewer["role"] }> {
  // The lease: only the request that sets it checks; the others go on with what they know.
  const [lease] = await db.$queryRaw<{ refresh_token: string | null }[]>`
    UPDATE sessions SET checking_until = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id = ${sessionId}::uuid AND checked_at <= ${new Date(now.getTime() - checkEveryMs())}
      AND (checking_until IS NULL OR checking_until < ${now})
    RETURNING refresh_token`;
  if (!lease) return "unchanged";
  const refreshToken = lease.refresh_token ? open(lease.refresh_token, env().AUTH_SECRET) : null;
  const outcome: ProviderCheck = refreshToken ? await check(refreshToken) : { kind: "refused" };
  if (outcome.kind === "refused") {
    await db.session.deleteMany({ where: { id: sessionId } });
    log.info({ event: "session.ended", reason: "provider-refused", userId }, "session ended by the provider");
    return "ended";
  }
  if (outcome.kind === "unreachable") {
    const retry = new Date(now.getTime() + RETRY_AFTER_FAILURE_MS);
    await db.session.updateMany({ where: { id: sessionId }, data: { checkingUntil: retry } });
    return "unchanged";
  }
  const role = roleFromGroups(outcome.groups);
  const refreshed = outcome.refreshToken ? { refreshToken: seal(outcome.refreshToken, env().AUTH_SECRET) } : {};
  await db.$transaction([
    db.session.updateMany({ where: { id: sessionId }, data: { checkedAt: now, checkingUntil: null, ...refreshed } }),
    db.user.update({ where: { id: userId }, data: { role } }),
  ]);
  log.info({ event: "session.checked", userId, role }, "session confirmed by the provider");
  return { role };
}
