// A "nice" upper bound and tick values for a bar chart's y axis (1, 2, 2.5 or 5 times a power of ten).
export function chartScale(maxValue: number, ticks = 4): { max: number; ticks: number[] } {
  if (maxValue <= 0) return { max: 1, ticks: [0] };
  const rough = maxValue / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const max = step * Math.ceil(maxValue / step);
  return { max, ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step) };
}
