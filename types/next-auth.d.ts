// The staff role travels on the session and on the adapter's user.
import type { DefaultSession } from "next-auth";
import type { StaffRole } from "@/lib/db/generated/enums";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: StaffRole };
  }
  interface User {
    role?: StaffRole;
  }
}

declare module "next-auth/adapters" {
  interface AdapterUser {
    role: StaffRole;
  }
}
