// The whole app as `npm start` runs it (scripts/start.ts: embedded PostgreSQL, local sign-in
// provider, production server), on free ports and a data folder of the test's own.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { repoRoot } from "../../scripts/lib/paths.ts";
import { freePorts } from "../support/free-ports.ts";

export interface StackPorts {
  app: number;
  pg: number;
  oidc: number;
}

export async function stackPorts(): Promise<StackPorts> {
  const [app, pg, oidc] = (await freePorts(3)) as [number, number, number];
  return { app, pg, oidc };
}

export const databaseUrlOf = (ports: StackPorts) => `postgresql://worklog:worklog-local@127.0.0.1:${ports.pg}/worklog`;

export interface Launcher {
  child: ChildProcess;
  /** Resolves once the launcher says the app is up; rejects (with its last output) if it exits first. */
  up: Promise<void>;
  /** The launcher's last output so far (for a failing assertion's message). */
  output(): string;
}

export function launch(ports: StackPorts, dataDir: string, env: Record<string, string> = {}): Launcher {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: "",
      PORT: String(ports.app),
      WORKLOG_PG_PORT: String(ports.pg),
      OIDC_PORT: String(ports.oidc),
      WORKLOG_DATA_DIR: dataDir,
      AUTH_URL: "",
      AUTH_SECRET: "",
      AUTH_COGNITO_ISSUER: "",
      ...env,
    },
    detached: true, // like a terminal's foreground group: Ctrl-C reaches the whole group
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const up = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Worklog is running at")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`npm start exited (${code}) before it was up:\n${output.slice(-2000)}`)),
    );
  });
  return { child, up, output: () => output.slice(-2000) };
}

export async function sql<T>(databaseUrl: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}
