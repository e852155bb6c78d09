// Proves a request does not touch a table: the table is locked against every reader and writer
// while the request runs. A request that needs it waits for the lock, and that wait shows in
// pg_locks; one that does not answers. No timing is involved: whichever happens first decides.
import pg from "pg";

export const WAITED_FOR_TABLE = "waited for a locked table";

export async function runWhileTablesLocked<T>(url: string, tables: string[], action: () => Promise<T>): Promise<T | typeof WAITED_FOR_TABLE> {
  const locker = new pg.Client({ connectionString: url });
  await locker.connect();
  let finished = false;
  try {
    await locker.query("BEGIN");
    for (const table of tables) await locker.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
    const names = tables.map((table) => `"${table}"`);
    const someoneWaits = async (): Promise<typeof WAITED_FOR_TABLE> => {
      while (!finished) {
        const { rows } = await locker.query("SELECT 1 FROM pg_locks WHERE NOT granted AND relation = ANY($1::regclass[])", [names]).catch(() => ({ rows: [] }));
        if (rows.length > 0) return WAITED_FOR_TABLE;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // The action answered first; this value is never used.
      return WAITED_FOR_TABLE;
    };
    return await Promise.race([action(), someoneWaits()]);
  } finally {
    finished = true;
    await locker.query("ROLLBACK").catch(() => undefined);
    await locker.end();
  }
}
