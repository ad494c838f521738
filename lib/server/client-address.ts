// Who a request comes from, for rate limits and logs. Only the hops a deployment trusts may speak
// for the client: X-Forwarded-For entries are appended left to right by each proxy, so with N trusted
// proxies in front of the app the client is the Nth address from the right of [XFF entries…, the
// socket's peer], and with none it is the socket's peer, whatever the request claims. The server
// (scripts/server.ts) works this out from the socket and hands it on in CLIENT_ADDRESS_HEADER,
// replacing any such header a client sent. No "server-only" marker: that server imports it.

export const CLIENT_ADDRESS_HEADER = "x-worklog-client-address";

export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...entries, peer ?? "unknown"];
  // Beyond the chain's start the trusted proxies were given nothing better: the first entry is it.
  return chain[Math.max(0, chain.length - 1 - Math.max(0, Math.trunc(trustedHops)))] ?? "unknown";
}
