import { BUCKET_COOKIE, decideEmbedState, nextWeekViews, THANKED_COOKIE, WEEK_VIEWS_COOKIE, weekKey, weekViews } from "./reader-state";
import { SNOOZE_COOKIE } from "@/lib/reminders/is-appeal-snoozed";

const now = new Date("2026-12-05T10:00:00Z"); // a Saturday
const cap = 5;
const jar = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe("what the embedded appeal shows one reader", () => {
  it("gives a new reader a random bucket to keep, and a returning reader their own", () => {
    expect(decideEmbedState("footer", jar({}), now, cap, () => 0.5)).toEqual({ state: "6", newBucket: 6 });
    expect(decideEmbedState("footer", jar({ [BUCKET_COOKIE]: "3" }), now, cap, () => 0.9)).toEqual({ state: "3", newBucket: null });
  });

  it("replaces a forged bucket with a fresh one", () => {
    expect(decideEmbedState("footer", jar({ [BUCKET_COOKIE]: "../x" }), now, cap, () => 0)).toEqual({ state: "0", newBucket: 0 });
    expect(decideEmbedState("footer", jar({ [BUCKET_COOKIE]: "12" }), now, cap, () => 0)).toEqual({ state: "0", newBucket: 0 });
  });

  it("thanks a reader whose gift still runs in the footer and keeps the banner quiet", () => {
    const thanked = jar({ [THANKED_COOKIE]: "2027-01-01T00:00:00.000Z" });
    expect(decideEmbedState("footer", thanked, now, cap).state).toBe("thanks");
    expect(decideEmbedState("banner", thanked, now, cap).state).toBe("quiet");
  });

  it("asks again once the thank-you period is over", () => {
    expect(decideEmbedState("footer", jar({ [THANKED_COOKIE]: "2026-12-01T00:00:00.000Z", [BUCKET_COOKIE]: "1" }), now, cap).state).toBe("1");
  });

  it("stays hidden everywhere while the reader's snooze holds", () => {
    const snoozed = jar({ [SNOOZE_COOKIE]: "2026-12-20T00:00:00.000Z" });
    expect(decideEmbedState("footer", snoozed, now, cap).state).toBe("quiet");
    expect(decideEmbedState("banner", snoozed, now, cap).state).toBe("quiet");
  });

  it("keeps the banner quiet past the weekly cap of views, but not the footer", () => {
    const capped = jar({ [WEEK_VIEWS_COOKIE]: `${weekKey(now)}:${cap}`, [BUCKET_COOKIE]: "2" });
    expect(decideEmbedState("banner", capped, now, cap).state).toBe("quiet");
    expect(decideEmbedState("footer", capped, now, cap).state).toBe("2");
  });

  it("follows the cap staff set", () => {
    const fourViews = jar({ [WEEK_VIEWS_COOKIE]: `${weekKey(now)}:4`, [BUCKET_COOKIE]: "2" });
    expect(decideEmbedState("banner", fourViews, now, 4).state).toBe("quiet");
    expect(decideEmbedState("banner", fourViews, now, 10).state).toBe("2");
  });

  it("counts views per week, starting again on Monday", () => {
    expect(weekKey(now)).toBe("2026-11-30");
    expect(nextWeekViews(undefined, now)).toBe("2026-11-30:1");
    expect(nextWeekViews("2026-11-30:4", now)).toBe("2026-11-30:5");
    expect(weekViews("2026-11-23:9", now)).toBe(0);
    expect(weekViews("garbage", now)).toBe(0);
  });
});
