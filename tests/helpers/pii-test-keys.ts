// Fixed, throwaway PII keys for tests that need to switch keys.
import { randomBytes } from "node:crypto";
import { setPiiKeysForProcess, type PiiKeys } from "@/lib/privacy/pii-keys";

export const indexKey = randomBytes(32);
export const oldKey = randomBytes(32);
export const newKey = randomBytes(32);

export function useKeys(current: "old" | "new"): PiiKeys {
  const keys: PiiKeys =
    current === "old"
      ? { currentKeyId: "old", encryptionKeys: new Map([["old", oldKey]]), indexKey }
      : {
          currentKeyId: "new",
          encryptionKeys: new Map([
            ["new", newKey],
            ["old", oldKey],
          ]),
          indexKey,
        };
  setPiiKeysForProcess(keys);
  return keys;
}
