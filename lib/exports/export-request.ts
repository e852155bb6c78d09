// What the export process is asked to write: checked on the way in, since it crosses a process boundary.
import { z } from "zod";
import { supporterFilters } from "../supporters/search-supporters";

const exportRequest = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("donations"),
    filters: z.object({ currency: z.string().optional(), frequency: z.string().optional(), status: z.string().optional() }),
  }),
  z.object({
    kind: z.literal("supporters"),
    options: z.object({ query: z.string().optional(), filter: z.enum(supporterFilters), withIdentities: z.boolean() }),
  }),
  z.object({ kind: z.literal("newsletter") }),
]);

export type ExportRequest = z.infer<typeof exportRequest>;

export function parseExportRequest(json: string | undefined): ExportRequest {
  return exportRequest.parse(JSON.parse(json ?? "null"));
}
