// "Not now" inside the embedded appeal (POST /api/embed/snooze, from /embed/remind/<lang>): the same
// snooze as /remind's (the first-party cookie that hides the appeal on every article for the
// snooze period, an anonymous count), answered inside the frame: a browser goes back to the frame's
// page, which says it is done. The place fields only find the way back; nothing is stored by them.
import "server-only";
import { anyFields } from "@/lib/http/form-fields";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { snoozeAppealReply } from "@/lib/reminders/snooze-appeal-form";
import { loadEmbedAllowedOrigins } from "./load-embed-settings";
import { embedRemindPath, frameLocale, readEmbedRemindPlace } from "./embed-remind-place";

export const embedSnoozeForm: PublicForm<Record<string, unknown>> = {
  schema: anyFields,
  invalid: (_error, fields, headers) => ({
    status: 400,
    json: { error: { code: "invalid_body", message: "Send a form or a JSON object.", field: null } },
    redirectTo: embedRemindPath(frameLocale(fields.lang, headers), readEmbedRemindPlace({}, [])),
  }),
  submit: async (fields, { now, headers }) => {
    const place = readEmbedRemindPlace(fields, await loadEmbedAllowedOrigins());
    return snoozeAppealReply(now, (days) => embedRemindPath(frameLocale(fields.lang, headers), place, { snoozed: days }));
  },
};
