import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "No access yet" };

export default async function NoAccessPage() {
  const viewer = await requireViewer();
  if (viewer.role) redirect("/");
  return (
    <div className="mx-auto max-w-md py-12">
      <h1 className="text-2xl font-semibold tracking-tight">No access yet</h1>
      <p className="mt-2 text-slate-600">
        You are signed in as <strong>{viewer.email}</strong>, but your account is not yet in a group of the program
        (interns, mentors or admins).
      </p>
      <p className="mt-2 text-slate-600">
        Ask your program admin to add you. The change takes effect the next time you sign in.
      </p>
    </div>
  );
}
