// Text made safe to put inside HTML, in an element or a quoted attribute: the emails we write by
// hand and the few pages a route answers without React.
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
