// Optimistic redirect of signed-out visitors to sign-in (and back afterwards). Not a security
// boundary: every page, action and route handler checks access in lib/server/data.
import NextAuth from "next-auth";
import { authConfig } from "@/lib/server/auth-config";

const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
