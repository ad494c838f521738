// Worklog's web server: Next.js's request handler on a socket this process owns (a Next.js custom
// server), so that the client's address is known for certain. `next start` fills X-Forwarded-For
// only when a client sent none, so a client could name any address and escape a per-address limit;
// here the address comes from the socket and WORKLOG_TRUSTED_PROXY_HOPS (lib/server/client-address.ts).
//
//   node --import tsx scripts/server.ts [--dev]      (scripts/start.ts runs it; PORT, HOSTNAME)
import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../lib/server/client-address.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";
const hops = Number(process.env.WORKLOG_TRUSTED_PROXY_HOPS ?? 0);
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error("WORKLOG_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (1 behind one load balancer).");
  process.exit(1);
}

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    hops,
  );
  void handle(request, response);
});
// In development, Next.js's hot reloading speaks over a WebSocket upgrade of this same server.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
server.listen(port, () => console.log(`Web server listening on port ${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
