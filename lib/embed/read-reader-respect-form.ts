// Turns the Settings page's "Reader's respect" form into the settings shape; the schema judges it.
// An empty or non-numeric field stays a string, so the schema's message names the field.
const numberOrText = (value: FormDataEntryValue | null): unknown => {
  const text = String(value ?? "").trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};

export function readReaderRespectForm(form: FormData): unknown {
  return {
    thanksDays: { once: numberOrText(form.get("thanksDays.once")), monthly: numberOrText(form.get("thanksDays.monthly")), annual: numberOrText(form.get("thanksDays.annual")) },
    weeklyViewCap: numberOrText(form.get("weeklyViewCap")),
  };
}
