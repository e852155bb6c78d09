// Small factories for reminder tests: rows as sign-up and confirmation would leave them.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Frequency, ReminderStatus } from "@/lib/db/generated/enums";
import { emailIndex } from "@/lib/privacy/email-index";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { remindOnDate } from "@/lib/reminders/compute-remind-month";
import { hashToken, signReminderLink } from "@/lib/reminders/sign-reminder-link";

export type ReminderFixture = {
  email: string;
  remindMonth: string;
  status?: ReminderStatus;
  frequency?: Frequency;
  amount?: number;
  currency?: string;
  createdAt?: Date;
  /** The stored ciphertext, when it must differ from the address encrypted under the current key. */
  emailEncrypted?: string;
};

export async function createReminder(prisma: PrismaClient, fixture: ReminderFixture): Promise<string> {
  const id = randomUUID();
  await prisma.reminder.create({
    data: {
      id,
      emailIndex: emailIndex(fixture.email),
      emailEncrypted: fixture.emailEncrypted ?? encryptPii(fixture.email),
      remindMonth: fixture.remindMonth,
      remindOn: remindOnDate(fixture.remindMonth),
      status: fixture.status ?? "SCHEDULED",
      frequency: fixture.frequency ?? null,
      amount: fixture.amount ?? null,
      currency: fixture.currency ?? null,
      cancelTokenHash: hashToken(signReminderLink("cancel", id)),
      confirmedAt: (fixture.status ?? "SCHEDULED") === "SCHEDULED" ? (fixture.createdAt ?? new Date()) : null,
      createdAt: fixture.createdAt ?? new Date("2026-01-10T10:00:00Z"),
    },
  });
  return id;
}

/** A supporter (matched by the email's blind index) with one paid donation. */
export async function createDonationBy(prisma: PrismaClient, email: string, paidAt: Date): Promise<void> {
  await prisma.supporter.create({
    data: {
      emailIndex: emailIndex(email),
      emailEncrypted: encryptPii(email),
      donations: { create: { amount: 1000, currency: "eur", frequency: "ONCE", status: "SUCCEEDED", paidAt } },
    },
  });
}
