import { z } from "zod";
import { APPEAL_QUERY_KEYS } from "./read-appeal-prefill";

const rules = z.array(z.object({ source: z.string(), missing: z.array(z.object({ type: z.string(), key: z.string() })) }));

// next.config.js cannot import TypeScript, so it keeps its own copy of the appeal's query keys.
describe("the Cache-Control rule for the plain appeal at / (next.config.js)", () => {
  it("leaves / with any of the appeal's query keys to the page rendered per request", async () => {
    const config = await import("../../next.config.js");
    const [rule] = rules.parse(await config.headers?.());
    expect(rule!.source).toBe("/");
    expect(rule!.missing.filter((condition) => condition.type === "query").map((condition) => condition.key)).toEqual([...APPEAL_QUERY_KEYS]);
  });
});
