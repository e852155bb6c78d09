// One "app instance" for the rate-limit test: its own process and its own pg pool, spending from
// the shared PostgreSQL budget. Prints one JSON decision per line.
//   node --conditions=react-server --import tsx tests/helpers/consume-checkout-rate.ts <databaseUrl> <clientHash> <count> <points>
import pg from "pg";
import { createPostgresRateLimiter } from "@/lib/security/create-postgres-rate-limiter";

async function main() {
  const [databaseUrl, clientHash, count, points] = process.argv.slice(2);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const limiter = createPostgresRateLimiter(pool, { keyPrefix: "checkout", points: Number(points), windowSeconds: 600 });
  for (let i = 0; i < Number(count); i += 1) console.log(JSON.stringify(await limiter.consume(clientHash!)));
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
