// Runs a package.json script's command without npm in between (so that SIGTERM reaches the
// process itself, as a process manager would send it), and the small waits around it.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";

export type ScriptProcess = { child: ChildProcess; output: string[]; stop: () => Promise<void> };

/** `npm run <name> -- <extraArgs>` as npm runs it (sh -c, node_modules/.bin on PATH), minus npm itself. */
export function spawnNpmScript(name: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []): ScriptProcess {
  const { scripts } = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { scripts: Record<string, string> };
  const script = scripts[name];
  if (!script) throw new Error(`package.json has no script ${name}`);
  const bin = path.join(process.cwd(), "node_modules", ".bin");
  // Like npm, append the extra arguments. A single command is exec'd (as a script ending in
  // `exec <command>` does itself), so the process we signal is the command, not the shell.
  const command = /[;&|]/.test(script) ? script : `exec ${script}`;
  return spawnProcess("/bin/sh", ["-c", [command, ...extraArgs].join(" ")], { ...env, PATH: `${bin}:${env.PATH ?? ""}` });
}

export function spawnProcess(executable: string, args: string[], env: NodeJS.ProcessEnv): ScriptProcess {
  const child = spawn(executable, args, { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output, stop: () => stopProcess(child) };
}

/** SIGTERM, then SIGKILL if it has not gone within ten seconds. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when url answers 200; rejects at the deadline or when the process exits first. */
export async function waitForOk(url: string, running: ScriptProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`the process exited (${running.child.exitCode}) before ${url} answered:\n${running.output.join("")}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${running.output.slice(-40).join("")}`);
}

/** Resolves once the process has printed text. */
export async function waitForOutput(running: ScriptProcess, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.output.join("").includes(text)) return;
    if (running.child.exitCode !== null) throw new Error(`the process exited (${running.child.exitCode}):\n${running.output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no "${text}" within ${timeoutMs} ms:\n${running.output.slice(-40).join("")}`);
}
