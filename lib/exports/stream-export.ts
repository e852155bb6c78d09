// Every dashboard CSV export runs in a process of its own (scripts/export/write-export.ts, compiled
// to dist/scripts/write-export.js for production) and
// is streamed from its stdout to the response. A million-row file then neither grows the web
// server's heap (V8 keeps what a fast producer promotes) nor holds its event loop for seconds
// of CSV formatting; the export process is small, capped (EXPORT_HEAP_MB) and gone afterwards.
// - The request goes to the process on stdin, never in its command line (a search may be an
//   email address or a name, and argv is visible to every user of the host).
// - The response ends only once the process has exited 0: a process that fails, is killed or
//   cannot start errors the response, so a cut-short file is never mistaken for a complete one.
// - A client that goes away stops the process.
// - At most EXPORT_CONCURRENCY exports run at once per server; beyond that startExport answers
//   null and the route says to try again shortly.
import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { Readable } from "node:stream";
import { logger } from "../log/logger";
import type { ExportRequest } from "./export-request";

const EXPORT_HEAP_MB = 256;
export const EXPORT_CONCURRENCY = 2;

let running = 0;

/** The production server runs the writer npm run build compiled (no tsx in production); next dev and tests run its source. */
function exportWriter(): string[] {
  if (process.env.NODE_ENV === "production") return [path.join(process.cwd(), "dist/scripts/write-export.js")];
  return ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), "scripts/export/write-export.ts")];
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; error?: Error };

async function* chunksOf(stdout: Readable, exited: Promise<Exit>, stderr: () => string, request: ExportRequest) {
  for await (const chunk of stdout) yield chunk as Buffer;
  const exit = await exited;
  if (exit.code !== 0) {
    logger.error("export process failed", { kind: request.kind, code: exit.code, signal: exit.signal, error: exit.error?.message ?? stderr().trim().split("\n").at(-1) ?? "" });
    throw new Error(`the ${request.kind} export did not complete`);
  }
}

/** The CSV as a stream, or null when EXPORT_CONCURRENCY exports are already running here. */
export function startExport(request: ExportRequest, limit = EXPORT_CONCURRENCY): ReadableStream<Uint8Array> | null {
  if (running >= limit) return null;
  running += 1;
  const child = spawn(process.execPath, [`--max-old-space-size=${EXPORT_HEAP_MB}`, ...exportWriter()], { cwd: process.cwd(), env: process.env, stdio: ["pipe", "pipe", "pipe"] });
  // Listened to at once: a spawn failure is emitted on the next tick, before anyone reads.
  const exited = new Promise<Exit>((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, error }));
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  void exited.then(() => {
    running -= 1;
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-2000);
  });
  child.stdin.on("error", () => undefined); // a process that died before reading its request
  child.stdin.end(JSON.stringify(request));

  const csv = Readable.from(
    chunksOf(child.stdout, exited, () => stderr, request),
    { objectMode: false, highWaterMark: 1 },
  );
  // Ended, failed or cancelled by a client that left: a process still running is stopped.
  csv.once("close", () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  });
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

/** The answer when startExport is full: 503 with Retry-After, nothing started. */
export function exportsBusy(): Response {
  return Response.json({ error: { code: "exports_busy", message: "Other exports are running. Try again in a minute." } }, { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } });
}
