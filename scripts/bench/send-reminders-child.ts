// Child process of the 40-reminders bench scenario, so its peak memory is the sender's alone.
//   seed <n>: n confirmed reminders due on the 1st of next month
//   send    : one run of the due-reminder job; prints {"sent", "seconds", "maxRssMb"} as JSON
import { randomUUID } from "node:crypto";
import { getConfig } from "../../lib/config/env";
import { createPrismaClient } from "../../lib/db/create-prisma-client";
import { emailIndex } from "../../lib/privacy/email-index";
import { encryptPii } from "../../lib/privacy/encrypt-pii";
import { formatMonth, remindOnDate } from "../../lib/reminders/compute-remind-month";
import { sendDueReminders } from "../../lib/reminders/send-due-reminders";
import { hashToken, signReminderLink } from "../../lib/reminders/sign-reminder-link";

const now = new Date();
const month = formatMonth(now.getUTCFullYear() * 12 + now.getUTCMonth() + 1);

async function main() {
  const [mode, count] = process.argv.slice(2);
  const prisma = createPrismaClient(getConfig().DATABASE_URL, 6);
  try {
    if (mode === "seed") {
      const total = Number(count);
      for (let start = 0; start < total; start += 1000) {
        const data = Array.from({ length: Math.min(1000, total - start) }, (_, i) => {
          const id = randomUUID();
          const email = `bench${start + i}@example.org`;
          return {
            id,
            emailIndex: emailIndex(email),
            emailEncrypted: encryptPii(email),
            remindMonth: month,
            remindOn: remindOnDate(month),
            status: "SCHEDULED" as const,
            frequency: "MONTHLY" as const,
            amount: 1000,
            currency: "eur",
            cancelTokenHash: hashToken(signReminderLink("cancel", id)),
            confirmedAt: now,
          };
        });
        await prisma.reminder.createMany({ data });
      }
      console.log(JSON.stringify({ seeded: total }));
      return;
    }
    const started = process.hrtime.bigint();
    const outcome = await sendDueReminders(prisma, { now: new Date(`${month}-01T00:05:00Z`) });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(JSON.stringify({ sent: outcome.sent, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
