// GET|POST /api/auth/*: next-auth (staff sign-in by magic link or OIDC, sign-out, session).
// A magic-link request is screened first (plain address, per-client and per-address limits).
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { screenStaffSignIn } from "@/lib/auth/screen-staff-sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

function GET(request: Request, context: Context) {
  return NextAuth(getAuthOptions())(request, context);
}

async function POST(request: Request, context: Context) {
  return (await screenStaffSignIn(request)) ?? NextAuth(getAuthOptions())(request, context);
}

export { GET, POST };
