import { getConfig } from "@/lib/config/env";
import { composeConfirmationEmail, composeReminderEmail } from "./compose-reminder-emails";

// The emails read the settings (APP_URL, NEWSROOM_NAME); nothing here touches the database.
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";

const base = { to: "reader@example.org", reminderId: "r1", confirmToken: "t".repeat(43), remindMonth: "2027-03" };

describe("the reminder emails", () => {
  const newsroom = () => getConfig().NEWSROOM_NAME;

  it("are written in the language the reader signed up in", () => {
    const email = composeConfirmationEmail({ ...base, locale: "ru", discreet: true });
    expect(email.subject).toBe("Подтвердите напоминание");
    expect(email.text).toContain("Месяц напоминания: март 2027 г.");
    expect(email.html).toContain('<html lang="ru">');
    const reminder = composeReminderEmail({ ...base, choice: { frequency: "MONTHLY", amount: 1500, currency: "eur" }, locale: "ru", discreet: true });
    expect(reminder.text).toContain("Вы думали пожертвовать 15\u00a0€ в месяц.");
  });

  it("keep the newsroom's name out of the sender and the subject while discreet, and may name it in the body", () => {
    for (const email of [composeConfirmationEmail({ ...base, locale: "en", discreet: true }), composeReminderEmail({ ...base, choice: {}, locale: "en", discreet: true })]) {
      expect(email.subject).not.toContain(newsroom());
      expect(email.senderName).toBe("Reader support");
      expect(email.text).toContain(newsroom());
    }
  });

  it("name the newsroom in the subject and send under EMAIL_FROM when staff turn discretion off", () => {
    const email = composeReminderEmail({ ...base, choice: {}, locale: "en", discreet: false });
    expect(email.subject).toBe(`Your reminder to support ${newsroom()}`);
    expect(email.senderName).toBeUndefined();
  });

  it("fall back to English for a language not stored or not known", () => {
    expect(composeConfirmationEmail({ ...base, locale: null, discreet: true }).subject).toBe("Confirm your reminder");
    expect(composeConfirmationEmail({ ...base, locale: "xx", discreet: true }).subject).toBe("Confirm your reminder");
  });
});
