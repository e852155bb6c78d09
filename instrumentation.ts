// Runs once when a server starts. The Node.js part refuses to serve with invalid settings.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/config/check-config-at-start");
}
