// The framework floor of `npm run bench` (docs/PERFORMANCE.md): a dynamic page of this app that
// renders one line and reads no data of its own (the app's layout still runs, as for every page).
// 404 unless the server runs with WORKLOG_BENCH=1.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { benchEnabled } from "@/lib/server/bench/enabled";

export const metadata: Metadata = { title: "Bench: framework floor" };

export default async function FrameworkFloorPage() {
  await connection();
  if (!benchEnabled()) notFound();
  return <p>Framework floor, rendered at {new Date().toISOString()}.</p>;
}
