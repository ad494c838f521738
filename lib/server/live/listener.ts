import "server-only";
import pg from "pg";
import { parseLiveChange } from "@/lib/worklog/live-events";
import { databaseEnv } from "../env";
import { log } from "../logger";
import { liveHub, type LiveHub } from "./hub";

/**
 * The instance's one listening connection (docs/decisions/023): LISTEN worklog_live on a direct
 * connection to PostgreSQL (DATABASE_DIRECT_URL; LISTEN does not work through RDS Proxy), each
 * notification handed to the hub. A query every 30 s finds a connection that died without a word
 * (a failover); a lost connection is reopened (1 s, doubling to 30 s), and every stream is ended
 * then, since changes (access changes among them) may have gone unheard: the browsers open them
 * again, checked again. While it is down, no stream opens (the route answers 503).
 */
export class LiveListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private everConnected = false;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Resolves once the first LISTEN is in place. */
  readonly ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    private readonly url: string,
    private readonly hub: LiveHub,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, keepAlive: true, application_name: "worklog-live" });
    client.on("notification", (message) => {
      const change = message.channel === "worklog_live" ? parseLiveChange(message.payload ?? "") : null;
      if (change) this.hub.dispatch(change);
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await client.query("LISTEN worklog_live");
    } catch (error) {
      this.lost(client, error);
      return;
    }
    this.client = client;
    this.failures = 0;
    if (this.everConnected) this.hub.closeAll();
    this.everConnected = true;
    this.beat(client);
    this.markReady();
  }

  /** Whether the LISTEN is in place now. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** A query every 30 s; one unanswered for 10 s counts the connection lost. */
  private beat(client: pg.Client): void {
    this.heartbeat = setInterval(() => {
      const silent = setTimeout(() => this.lost(client, new Error("no answer for 10 s")), 10_000);
      client
        .query("SELECT 1")
        .catch(() => {})
        .finally(() => clearTimeout(silent));
    }, 30_000);
    this.heartbeat.unref();
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== null && this.client !== client) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    if (this.stopped || this.retry) return;
    this.failures += 1;
    log.warn({ event: "live.listener.lost", error: error ? String(error) : "ended" }, "Live updates' listener lost");
    const delay = Math.min(30_000, 1000 * 2 ** (this.failures - 1));
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.client?.end().catch(() => {});
    this.client = null;
  }
}

const LISTENER = Symbol.for("worklog.liveListener");

/** This instance's listener, started by the first stream that opens. */
export function liveListener(): LiveListener {
  const global = globalThis as { [LISTENER]?: LiveListener };
  const { DATABASE_DIRECT_URL, DATABASE_URL } = databaseEnv();
  global[LISTENER] ??= new LiveListener(DATABASE_DIRECT_URL ?? DATABASE_URL, liveHub());
  return global[LISTENER];
}
