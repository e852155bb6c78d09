import { randomBytes } from "node:crypto";
import { decryptPii, encryptPii, piiKeyIdOf } from "./encrypt-pii";
import { emailIndex } from "./email-index";
import { setPiiKeysForProcess } from "./pii-keys";

const key = () => randomBytes(32);

describe("supporter identity at rest", () => {
  const k1 = key();
  const k2 = key();
  afterAll(() => setPiiKeysForProcess(undefined));

  it("encrypts so the ciphertext does not contain the address and decrypts it back", () => {
    setPiiKeysForProcess({ currentKeyId: "k1", encryptionKeys: new Map([["k1", k1]]), indexKey: key() });
    const sealed = encryptPii("reader@example.org");
    expect(sealed).not.toContain("reader");
    expect(sealed).not.toEqual(encryptPii("reader@example.org"));
    expect(decryptPii(sealed)).toBe("reader@example.org");
  });

  it("still reads rows written with an older key after a rotation", () => {
    setPiiKeysForProcess({ currentKeyId: "k1", encryptionKeys: new Map([["k1", k1]]), indexKey: key() });
    const old = encryptPii("old@example.org");
    setPiiKeysForProcess({
      currentKeyId: "k2",
      encryptionKeys: new Map([
        ["k2", k2],
        ["k1", k1],
      ]),
      indexKey: key(),
    });
    expect(decryptPii(old)).toBe("old@example.org");
    expect(piiKeyIdOf(encryptPii("new@example.org"))).toBe("k2");
  });

  it("refuses a tampered ciphertext", () => {
    setPiiKeysForProcess({ currentKeyId: "k1", encryptionKeys: new Map([["k1", k1]]), indexKey: key() });
    const parts = encryptPii("reader@example.org").split(".");
    parts[4] = Buffer.from("someone-else@example.org").toString("base64url");
    expect(() => decryptPii(parts.join("."))).toThrow();
  });

  it("indexes an address the same way whatever its case and spacing", () => {
    setPiiKeysForProcess({ currentKeyId: "k1", encryptionKeys: new Map([["k1", k1]]), indexKey: key() });
    expect(emailIndex(" Reader@Example.org ")).toBe(emailIndex("reader@example.org"));
    expect(emailIndex("reader@example.org")).not.toBe(emailIndex("other@example.org"));
  });
});
