// Runs once when a server starts. The Node.js part refuses to serve with invalid settings: npm start
// checks them before next start (scripts/start/check-settings.ts); this covers a bare `next start`
// or `next dev`.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/config/check-config-at-start");
}
