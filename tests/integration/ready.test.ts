import pg from "pg";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET } from "@/app/api/ready/route";

describe("/api/health (liveness)", () => {
  it("answers 200 at once: synchronously, reading nothing", async () => {
    const response = health();
    expect(response).toBeInstanceOf(Response); // not a promise: no database call to wait for
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, status: "alive" });
  });
});

describe("/api/ready (readiness)", () => {
  it("answers 200 with the database reachable and migrations up to date", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, database: "reachable", migrations: "up-to-date", pending: [] });
  });

  it("answers 503 naming the migration when one is not applied", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const [{ name }] = (await client.query(`SELECT migration_name AS name FROM "_prisma_migrations" LIMIT 1`)).rows;
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [name]);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect((await health()).status).toBe(200); // alive all the same: not a reason to restart it
      expect(await response.json()).toMatchObject({ ok: false, migrations: "pending", pending: [name] });
    } finally {
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = $1`, [name]);
      await client.end();
    }
  });
});
