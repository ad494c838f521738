import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Signed out" };

export default function SignedOutPage() {
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="text-2xl font-semibold tracking-tight">You are signed out</h1>
      <p className="mt-2 text-slate-600">Your session has ended here and at the sign-in provider.</p>
      <Link
        href="/sign-in"
        className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        Sign in again
      </Link>
    </div>
  );
}
