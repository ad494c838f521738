// The bench's own connection to its database, beside the app's: to find its users' weeks and tasks,
// to set the ticked tasks back, and to time the data floor's query alone. Replaced when the database
// restart (scripts/bench/restart.ts) cuts it.
import pg from "pg";

async function open(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // Its connection is cut when the database restarts (on purpose, at the end): not a crash.
  client.on("error", () => {});
  await client.connect();
  return client;
}

export class BenchDatabase {
  private constructor(
    private readonly url: string,
    private client: pg.Client,
  ) {}

  static async connect(url: string): Promise<BenchDatabase> {
    return new BenchDatabase(url, await open(url));
  }

  async rows<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, values)).rows;
  }

  /** A fresh connection in place of one the restart left broken. */
  async reconnect(): Promise<void> {
    await this.end();
    this.client = await open(this.url);
  }

  async end(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

// A type, not an interface: pg's row type wants an index signature.
export type DatasetSize = { cohorts: number; interns: number; weeks: number; days: number; tasks: number };

export async function countDataset(database: BenchDatabase): Promise<DatasetSize> {
  return (
    await database.rows<DatasetSize>(`
        SELECT (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM enrollments)::int AS interns,
               (SELECT count(*) FROM weeks)::int AS weeks, (SELECT count(*) FROM days)::int AS days, (SELECT count(*) FROM tasks)::int AS tasks`)
  )[0]!;
}
