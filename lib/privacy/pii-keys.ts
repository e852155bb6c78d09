// The keys that protect supporter identities at rest. In production they come from settings
// (PII_ENCRYPTION_KEYS, PII_INDEX_KEY); elsewhere, when unset, development keys are generated
// once into .data/pii-keys.json so a newcomer's data stays readable across restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getConfig } from "../config/env";
import { DEVELOPMENT_PII_KEY_ID } from "../config/refuse-development-secrets";

export type PiiKeys = { currentKeyId: string; encryptionKeys: Map<string, Buffer>; indexKey: Buffer };

export function parseEncryptionKeys(value: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const pair of value.split(",")) {
    const [keyId, encoded] = pair.trim().split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!keyId || key.length !== 32) throw new Error(`PII_ENCRYPTION_KEYS: key "${keyId ?? ""}" must be a base64 32-byte key`);
    keys.set(keyId, key);
  }
  return keys;
}

function developmentKeys(): { encryption: string; index: string } {
  const file = path.join(process.cwd(), ".data", "pii-keys.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const generated = { encryption: `${DEVELOPMENT_PII_KEY_ID}:${randomBytes(32).toString("base64")}`, index: randomBytes(32).toString("base64") };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600 });
  return generated;
}

let cached: PiiKeys | undefined;

export function getPiiKeys(): PiiKeys {
  if (cached) return cached;
  const config = getConfig();
  const fallback = config.PII_ENCRYPTION_KEYS && config.PII_INDEX_KEY ? undefined : developmentKeys();
  const encryptionKeys = parseEncryptionKeys(config.PII_ENCRYPTION_KEYS ?? fallback!.encryption);
  const indexKey = Buffer.from(config.PII_INDEX_KEY ?? fallback!.index, "base64");
  cached = { currentKeyId: [...encryptionKeys.keys()][0]!, encryptionKeys, indexKey };
  return cached;
}

/** Tests and the rotation script swap keys at run time. */
export function setPiiKeysForProcess(keys: PiiKeys | undefined): void {
  cached = keys;
}
