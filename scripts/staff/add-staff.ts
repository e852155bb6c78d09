// npm run staff:add -- <email> [--role admin|viewer]: adds a member of staff (default viewer).
import "dotenv/config";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { StaffRole } from "../../lib/db/generated/enums";
import { addStaff } from "../../lib/staff/add-staff";
import { withAnyDatabase } from "../dev/with-any-database.mjs";

async function main() {
  const args = process.argv.slice(2);
  const roleAt = args.indexOf("--role");
  const roleName = roleAt >= 0 ? args[roleAt + 1]?.toUpperCase() : "VIEWER";
  const email = args.find((arg, i) => !arg.startsWith("--") && (roleAt < 0 || i !== roleAt + 1));
  if (!email || (roleName !== StaffRole.ADMIN && roleName !== StaffRole.VIEWER)) {
    console.error("usage: npm run staff:add -- <email> [--role admin|viewer]");
    process.exit(2);
  }
  // DATABASE_URL, or the embedded development cluster (joined if npm run dev runs it, else started for the duration).
  await withAnyDatabase(async (url: string) => {
    const prisma = createPrismaClient(url, 1);
    try {
      const { created } = await addStaff(prisma, email, roleName);
      console.log(`[staff] ${created ? "added" : "updated"} ${email} as ${roleName.toLowerCase()}`);
    } finally {
      await prisma.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error("[staff]", error instanceof Error ? error.message : error);
  process.exit(1);
});
