// Prisma CLI configuration. `npm run db:migrate` does not use the CLI (it runs the wasm
// schema engine offline); this file serves `prisma generate` and, online, `prisma migrate`.
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/donations" },
});
