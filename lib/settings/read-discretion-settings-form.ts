// Turns the Settings page's "Discretion" form into the settings shape; the schema judges it.
export function readDiscretionSettingsForm(form: FormData): unknown {
  return {
    statementWord: String(form.get("statementWord") ?? ""),
    nameInStripe: form.get("nameInStripe") === "on",
  };
}
