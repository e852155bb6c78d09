import { isAppealSnoozed } from "./is-appeal-snoozed";

describe("whether the appeal is snoozed", () => {
  const now = new Date("2026-06-01T10:00:00Z");

  it("is snoozed while the cookie's time is in the future", () => {
    expect(isAppealSnoozed("2026-06-08T10:00:00.000Z", now)).toBe(true);
  });

  it("is not snoozed once the time has passed, or without a readable cookie", () => {
    expect(isAppealSnoozed("2026-06-01T09:59:59.000Z", now)).toBe(false);
    expect(isAppealSnoozed(undefined, now)).toBe(false);
    expect(isAppealSnoozed("soon", now)).toBe(false);
  });
});
