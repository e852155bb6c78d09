// A route of the emulated API: method, path pattern with `:id` holes, and a synchronous handler.
// Handlers return the response object or throw a StripeApiError.
import type { EmulatorContext } from "../emulator-context";
import type { FormObject } from "./parse-form";

export type ApiRequest = { method: string; path: string; params: FormObject; pathParams: string[] };
export type RouteHandler = (emulator: EmulatorContext, request: ApiRequest) => object;
/** `path` is the pattern as written (`/v1/subscriptions/:id`), the key of its known parameters. */
export type Route = { method: string; path: string; pattern: RegExp; handler: RouteHandler };

export function route(method: "GET" | "POST" | "DELETE", path: string, handler: RouteHandler): Route {
  const pattern = new RegExp(`^${path.replace(/:[a-z_]+/g, "([^/]+)")}$`);
  return { method, path, pattern, handler };
}

export function matchRoute(routes: Route[], method: string, path: string): { route: Route; pathParams: string[] } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return { route: candidate, pathParams: match.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

/** The first path parameter, which every `/:id` route has. */
export const idOf = (request: ApiRequest): string => request.pathParams[0] ?? "";
