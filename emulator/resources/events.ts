// /v1/events: retrieve, and list newest first filtered by `type` (wildcards like `invoice.*`),
// `types[]`, `created` and pagination — what the ledger uses to recover missed events.
import type { EmulatorContext } from "../emulator-context";
import { newestFirst, paginateList } from "../wire/paginate-list";
import { optionalArray, optionalString } from "../wire/read-params";
import { idOf, route, type Route } from "../wire/route";
import { resourceMissing } from "../wire/stripe-api-error";

function typeMatcher(pattern: string): (type: string) => boolean {
  if (!pattern.includes("*")) return (type) => type === pattern;
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return (type) => regex.test(type);
}

export const eventRoutes: Route[] = [
  route("GET", "/v1/events/:id", (emulator: EmulatorContext, request) => {
    const event = emulator.state.events[idOf(request)];
    if (!event) throw resourceMissing("event", idOf(request));
    return event;
  }),
  route("GET", "/v1/events", (emulator, { params }) => {
    const type = optionalString(params, "type");
    const types = (optionalArray(params, "types") ?? []).filter((entry): entry is string => typeof entry === "string");
    const matchers = [...(type ? [type] : []), ...types].map(typeMatcher);
    const events = newestFirst(emulator.state.events).filter((event) => matchers.length === 0 || matchers.some((matches) => matches(event.type)));
    return paginateList(events, params, "/v1/events", "event");
  }),
];
