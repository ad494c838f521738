import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-medium text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist, or you may not see it</h1>
      <p className="mt-2 text-slate-600">Check the address, or go back to your dashboard.</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        Go to the dashboard
      </Link>
    </div>
  );
}
