import "server-only";
import { headers } from "next/headers";

/**
 * Whether this request's page is rendered to HTML (a page loaded by the browser, which asks for
 * text/html), where kept markup can be handed off (components/ui/html-handoff.ts), rather than sent
 * as an RSC payload alone (a navigation, a refresh: fetched as any type; a server action's answer:
 * text/x-component). Next.js hides its own RSC header from pages and from proxy.ts. Asking for HTML
 * on a navigation only leaves one's own page to fetch the table again.
 */
export async function rendersDocument(): Promise<boolean> {
  return (await headers()).get("accept")?.includes("text/html") ?? false;
}
