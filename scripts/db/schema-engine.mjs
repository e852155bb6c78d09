// Prisma's migration engine, run offline from its wasm build (@prisma/schema-engine-wasm).
// The Prisma CLI would download a native engine, which these machines cannot reach; the
// wasm build does the same work through @prisma/adapter-pg. See ARCHITECTURE.md.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
// PRISMA_SCHEMA_PATH lets the drift test point the engine at an edited copy of the schema.
export const schemaPath = process.env.PRISMA_SCHEMA_PATH ?? path.join(root, "prisma", "schema.prisma");
export const migrationsDir = path.join(root, "prisma", "migrations");

// Instantiated by hand rather than through `import "./schema_engine_bg.wasm"`, so Node 20
// needs no --experimental-wasm-modules flag.
let lastPanic = "";
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (lastPanic = message) };
export const lastEnginePanic = () => lastPanic;

async function loadEngineModule() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

/** Discrete connection fields: a connectionString would override the shadow database's name. */
export function connectionFields(url) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ...(u.searchParams.get("host") ? { host: u.searchParams.get("host") } : {}),
  };
}

// The schema engine's introspection reads catalog columns of PostgreSQL's one-byte "char"
// type (OID 18), which @prisma/adapter-pg does not map ("Column type 'char' could not be
// deserialized"). They arrive as strings, so they are presented as text (OID 25).
let charPatched = false;
function presentCharAsText(adapter) {
  if (charPatched) return;
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) return;
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  charPatched = true;
}

// PrismaPg's own shadow database drops the database before closing its pool, which fails
// while connections are open; this one closes the pool first.
class MigrationAdapterFactory extends PrismaPg {
  constructor(fields) {
    super(fields);
    this.fields = fields;
    this.opened = [];
  }
  async connect() {
    const adapter = await super.connect();
    presentCharAsText(adapter);
    this.opened.push(adapter);
    return adapter;
  }
  /** The engine does not close its connections when freed; a template database must have none. */
  async disposeAll() {
    await Promise.allSettled(this.opened.map((adapter) => adapter.dispose()));
    this.opened = [];
  }
  async connectToShadowDb() {
    const admin = new pg.Client(this.fields);
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = new PrismaPg({ ...this.fields, database });
    const adapter = await shadow.connect();
    presentCharAsText(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(this.fields);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    };
    return adapter;
  }
}

export async function readMigrations() {
  let names = [];
  try {
    names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const migrationDirectories = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    const content = await readFile(file, "utf8");
    migrationDirectories.push({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: content } },
    });
  }
  let lockContent = null;
  try {
    lockContent = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");
  } catch {
    lockContent = null;
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export async function readSchema() {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Runs fn(engine) with a schema engine connected to the database at url. */
export async function withSchemaEngine(url, fn) {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readSchema();
  const adapterFactory = new MigrationAdapterFactory(connectionFields(url));
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const log = (line) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(line);
  };
  const engine = await SchemaEngine.new({ datamodels: schema.files.map((f) => [f.path, f.content]) }, log, factory);
  try {
    return await fn(engine, { schema, filters: noFilter });
  } catch (error) {
    if (lastPanic) throw new Error(`schema engine panicked: ${lastPanic}`);
    throw error;
  } finally {
    engine.free();
    await adapterFactory.disposeAll();
  }
}

export async function applyMigrations(url) {
  const migrationsList = await readMigrations();
  return withSchemaEngine(url, (engine) => engine.applyMigrations({ migrationsList, filters: noFilter }));
}

/** SQL that turns the database built by all migrations into schema.prisma; "" when there is no drift. */
export async function diffMigrationsToSchema(url) {
  const migrationsList = await readMigrations();
  return withSchemaEngine(url, async (engine, { schema }) => {
    const result = await engine.diff({
      from: migrationsList.migrationDirectories.length ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? "";
    return sql.includes("This is an empty migration") ? "" : sql.trim();
  });
}

export async function ensureDatabase(url) {
  const fields = connectionFields(url);
  const admin = new pg.Client({ ...fields, database: "postgres" });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [fields.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${fields.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}
