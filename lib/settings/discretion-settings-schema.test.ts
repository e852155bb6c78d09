import { discretionSettingsSchema } from "./discretion-settings-schema";
import { readDiscretionSettingsForm } from "./read-discretion-settings-form";

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

describe("the discretion settings", () => {
  it("keeps a statement word of 5 to 10 Latin letters or digits, in capitals", () => {
    expect(discretionSettingsSchema.parse({ statementWord: " Reading ", nameInStripe: false })).toEqual({ statementWord: "READING", nameInStripe: false });
    expect(discretionSettingsSchema.parse({ statementWord: "abc12", nameInStripe: true }).statementWord).toBe("ABC12");
  });

  it.each(["four", "elevenchars", "1234567", "two words", "no*way", "it's", "ПОДДЕРЖКА", ""])("refuses %j as a statement word", (word) => {
    expect(discretionSettingsSchema.safeParse({ statementWord: word, nameInStripe: false }).success).toBe(false);
  });

  it("reads the form: the name shows only when its box is ticked", () => {
    expect(readDiscretionSettingsForm(form([["statementWord", "SERVICES"]]))).toEqual({ statementWord: "SERVICES", nameInStripe: false });
    expect(
      readDiscretionSettingsForm(
        form([
          ["statementWord", "SERVICES"],
          ["nameInStripe", "on"],
        ]),
      ),
    ).toEqual({ statementWord: "SERVICES", nameInStripe: true });
  });
});
