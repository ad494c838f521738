import type { Adapter, AdapterFactory, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  expiresAt: number; // epoch ms; Infinity when the model has no expiry
}

/**
 * A small in-memory storage adapter (one per provider instance). Everything is lost on restart,
 * which is fine for a development provider: users just sign in again.
 * (oidc-provider's own memory adapter prints a warning at every start, hence this one.)
 */
export function createMemoryAdapter(): AdapterFactory {
  const entries = new Map<string, Entry>();
  const sessionsByUid = new Map<string, string>(); // uid -> Session id
  const byUserCode = new Map<string, string>(); // userCode -> DeviceCode id
  const byGrant = new Map<string, Set<string>>(); // grantId -> entry keys

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  // Drop expired entries now and then so a long-running dev server does not grow forever.
  let writes = 0;
  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
    for (const [uid, id] of sessionsByUid) if (!entries.has(`Session:${id}`)) sessionsByUid.delete(uid);
    for (const [code, id] of byUserCode) if (!entries.has(`DeviceCode:${id}`)) byUserCode.delete(code);
    for (const [grantId, keys] of byGrant) {
      for (const key of keys) if (!entries.has(key)) keys.delete(key);
      if (keys.size === 0) byGrant.delete(grantId);
    }
  };

  return (model: string): Adapter => {
    const keyFor = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const key = keyFor(id);
        const expiresAt = typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : Infinity;
        entries.set(key, { payload: structuredClone(payload), expiresAt });
        if (model === "Session" && payload.uid) sessionsByUid.set(payload.uid, id);
        if (payload.userCode) byUserCode.set(payload.userCode, id);
        if (payload.grantId) {
          const keys = byGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          byGrant.set(payload.grantId, keys);
        }
        if (++writes % 500 === 0) sweep();
      },
      async find(id) {
        const entry = live(keyFor(id));
        return entry ? structuredClone(entry.payload) : undefined;
      },
      async findByUid(uid) {
        const id = sessionsByUid.get(uid);
        return id === undefined ? undefined : this.find(id);
      },
      async findByUserCode(userCode) {
        const id = byUserCode.get(userCode);
        return id === undefined ? undefined : this.find(id);
      },
      async consume(id) {
        const entry = live(keyFor(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        const key = keyFor(id);
        const entry = entries.get(key);
        entries.delete(key);
        if (entry?.payload.uid && sessionsByUid.get(entry.payload.uid) === id) sessionsByUid.delete(entry.payload.uid);
      },
      async revokeByGrantId(grantId) {
        const keys = byGrant.get(grantId);
        if (!keys) return;
        for (const key of keys) entries.delete(key);
        byGrant.delete(grantId);
      },
    };
  };
}
