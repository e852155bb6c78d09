// Before every `npm run dev`: remove what the previous `next dev` left in .next/dev (Turbopack's
// persistent cache and the dev build output; `next build` output in .next is left alone).
// Next.js 16 restores that cache on start. An open page reconnecting to a new dev server sends
// the HMR version it last applied; the server compares it with its own counter (which starts at
// 0 in every process and advances on each client or server-component change) and answers
// "HMR hash mismatch" with a reload. Pages were seen reloading several times a second on a cache
// left by a stopped server, and a fresh .next cured it (STACK.md); a clean .next/dev costs one
// cold compile per start and makes each restart start from the same state.
import { rmSync } from "node:fs";
import path from "node:path";

export function prepareDevCache(root) {
  rmSync(path.join(root, ".next", "dev"), { recursive: true, force: true });
}
