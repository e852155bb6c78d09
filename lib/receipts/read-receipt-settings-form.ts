// Turns the Settings page's "Receipts" form into the settings shape; the schema judges it.
export function readReceiptSettingsForm(form: FormData): { legalText: { en: string; ru: string }; taxReceipts: boolean } {
  return {
    legalText: { en: String(form.get("legalText.en") ?? ""), ru: String(form.get("legalText.ru") ?? "") },
    taxReceipts: form.get("taxReceipts") === "on",
  };
}
