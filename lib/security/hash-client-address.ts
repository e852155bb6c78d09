// A keyed hash of the client address: enough to count attempts from one client, never the address.
import "server-only";
import { createHmac } from "node:crypto";
import { getConfig } from "@/lib/config/env";

function hashKey(): string {
  const config = getConfig();
  return config.CLIENT_ADDRESS_HASH_KEY ?? createHmac("sha256", config.NEXTAUTH_SECRET).update("client-address-hash").digest("base64");
}

export function hashClientAddress(address: string): string {
  return createHmac("sha256", hashKey()).update(address).digest("hex").slice(0, 32);
}
