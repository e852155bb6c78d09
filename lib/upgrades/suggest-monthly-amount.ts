// The monthly invitation after a one-time gift: a modest monthly amount, about a sixth of what
// the reader just gave, snapped down to one of the configured monthly presets (never below the
// smallest), so the ask feels like a continuation rather than a bigger commitment.
export function suggestMonthlyAmount(oneTimeMinor: number, monthlyPresetsMinor: number[]): number | undefined {
  const presets = [...monthlyPresetsMinor].filter((p) => Number.isInteger(p) && p > 0).sort((a, b) => a - b);
  if (presets.length === 0 || !Number.isInteger(oneTimeMinor) || oneTimeMinor <= 0) return undefined;
  const target = oneTimeMinor / 6;
  const fitting = presets.filter((p) => p <= target);
  return fitting.length ? fitting[fitting.length - 1] : presets[0];
}
