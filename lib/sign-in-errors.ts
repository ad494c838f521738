/**
 * The errors Auth.js sends back to the sign-in page (`?error=`) that it explains in words
 * (auth.errors.<error>); any other gets the general message (auth.errors.other).
 */
export const SIGN_IN_ERRORS = [
  "AccessDenied",
  "Configuration",
  "Verification",
  "UnverifiedEmail",
  "Deactivated",
] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export function isSignInError(error: string): error is SignInError {
  return (SIGN_IN_ERRORS as readonly string[]).includes(error);
}
