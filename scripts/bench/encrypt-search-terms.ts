// For the dashboard benchmark: encrypts search terms (read as JSON from stdin) with the PII keys in
// the environment, as saveSupporterSearch stores them, and prints the ciphertexts as JSON.
import { encryptPii } from "../../lib/privacy/encrypt-pii";

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const terms: unknown = JSON.parse(input);
  if (!Array.isArray(terms) || !terms.every((term) => typeof term === "string")) throw new Error("expected a JSON array of strings");
  process.stdout.write(JSON.stringify(terms.map((term) => encryptPii(term))));
});
