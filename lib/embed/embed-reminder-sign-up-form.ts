// "Email me" inside the embedded appeal (POST /api/embed/reminder, from /embed/remind/<lang>): the
// very sign-up of /remind (lib/reminders/sign-up-reminder-form.ts: double opt-in through the same
// queue, the same rate limit, the same answer whatever the address), answered inside the frame:
// a browser goes back to the frame's page with the outcome. Once a sign-up is queued it is counted
// in today's AppealCounter row for its placement, variant and article (forged parts dropped, see
// embed-remind-place.ts); nothing about it is kept with the reader's reminder.
import "server-only";
import { logger } from "@/lib/log/logger";
import { reminderSignUpForm } from "@/lib/reminders/sign-up-reminder-form";
import { countAppealEvent } from "./count-appeal-event";
import { knownEmbedAllowedOrigins } from "./load-embed-settings";
import { embedRemindPath, frameLocale, readEmbedRemindPlace } from "./embed-remind-place";

const placeOf = (fields: Record<string, string>) => readEmbedRemindPlace(fields, knownEmbedAllowedOrigins());
const localeOf = (fields: Record<string, string>) => frameLocale(fields.lang, new Headers());

export const embedReminderSignUpForm = reminderSignUpForm({
  refusedTo: (code, fields) => embedRemindPath(localeOf(fields), placeOf(fields), { error: code, when: fields.when, month: fields.month }),
  signedUpTo: (remindMonth, fields) => embedRemindPath(localeOf(fields), placeOf(fields), { sent: remindMonth }),
  async signedUp(fields, now) {
    try {
      await countAppealEvent("reminderSignUps", placeOf(fields).attribution, now);
    } catch (error) {
      logger.error("reminder sign-up not counted", { error: error instanceof Error ? error.name : "unknown" });
    }
  },
});
