// AES-256-GCM for supporter emails and names. Ciphertext format:
//   v1.<keyId>.<iv>.<tag>.<ciphertext>   (base64url parts)
// The key id lets old rows stay readable after a rotation (npm run pii:rotate re-encrypts).
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getPiiKeys } from "./pii-keys";

export function encryptPii(plaintext: string): string {
  const { currentKeyId, encryptionKeys } = getPiiKeys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKeys.get(currentKeyId)!, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", currentKeyId, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptPii(ciphertext: string): string {
  const [version, keyId, iv, tag, body] = ciphertext.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || body === undefined) throw new Error("not a PII ciphertext");
  const key = getPiiKeys().encryptionKeys.get(keyId);
  if (!key) throw new Error(`no PII key with id ${keyId}`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The key id a ciphertext was written with (rotation skips rows already on the current key). */
export function piiKeyIdOf(ciphertext: string): string | undefined {
  return ciphertext.split(".")[1];
}
