// Every dashboard CSV export runs in a process of its own (scripts/export/write-export.ts) and
// is streamed from its stdout to the response. A million-row file then neither grows the web
// server's heap (V8 keeps what a fast producer promotes) nor holds its event loop for seconds
// of CSV formatting; the export process is small, capped (EXPORT_HEAP_MB) and gone afterwards.
// The response ends only once the process has exited 0: a process that fails errors the
// response, so a cut-short file is never mistaken for a complete one. A client that goes away
// stops the process.
import "server-only";
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { Readable } from "node:stream";
import { logger } from "../log/logger";
import type { ExportRequest } from "./export-request";

const EXPORT_HEAP_MB = 256;

type ExportProcess = ChildProcessByStdio<null, Readable, Readable>;

async function* chunksOf(child: ExportProcess, request: ExportRequest) {
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-2000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
  exited.catch(() => undefined);
  let complete = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const code = child.exitCode ?? (await exited);
    if (code !== 0) {
      logger.error("export process failed", { kind: request.kind, code, error: stderr.trim().split("\n").at(-1) ?? "" });
      throw new Error(`the ${request.kind} export did not complete`);
    }
    complete = true;
  } finally {
    // The client went away (or the export failed): stop the process rather than let it run on.
    if (!complete && child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit").catch(() => undefined);
    }
  }
}

export function streamExport(request: ExportRequest): ReadableStream<Uint8Array> {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${EXPORT_HEAP_MB}`, "--conditions=react-server", "--import", "tsx", path.join(process.cwd(), "scripts/export/write-export.ts"), JSON.stringify(request)],
    { cwd: process.cwd(), env: process.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  return Readable.toWeb(Readable.from(chunksOf(child, request), { objectMode: false, highWaterMark: 1 })) as ReadableStream<Uint8Array>;
}
