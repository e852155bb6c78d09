// A server-rendered SVG stacked bar chart: no client JavaScript, readable on 7 bars or 365.
import { chartScale } from "@/lib/dashboard/chart-scale";

export type BarSeries = { key: string; label: string; color: string };
export type Bar = { label: string; title: string; values: Record<string, number> };

const pad = { top: 12, right: 8, bottom: 26, left: 64 };

export function StackedBarChart({
  bars,
  series,
  formatValue,
  caption,
  emptyText,
  width = 720,
  height = 230,
}: {
  bars: Bar[];
  series: BarSeries[];
  formatValue: (value: number) => string;
  caption: string;
  emptyText: string;
  /** The drawing's size in SVG units: a narrower panel wants a smaller width so text stays legible. */
  width?: number;
  height?: number;
}) {
  const totals = bars.map((bar) => series.reduce((sum, s) => sum + (bar.values[s.key] ?? 0), 0));
  const maxTotal = Math.max(0, ...totals);
  if (maxTotal === 0) return <p className="empty">{emptyText}</p>;
  const scale = chartScale(maxTotal);
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / bars.length;
  const barWidth = Math.max(1, slot * (bars.length > 60 ? 0.9 : 0.7));
  const y = (value: number) => pad.top + plotHeight - (value / scale.max) * plotHeight;
  const labelEvery = Math.ceil(bars.length / 8);
  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#bdb8ad" : "#eeebe4"} />
            <text x={pad.left - 8} y={y(tick) + 4} textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const x = pad.left + i * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              <title>{bar.title}</title>
              {series.map((s) => {
                const value = bar.values[s.key] ?? 0;
                if (value <= 0) return null;
                const top = y(base + value);
                const rect = <rect key={s.key} x={x} y={top} width={barWidth} height={Math.max(0.5, y(base) - top)} fill={s.color} />;
                base += value;
                return rect;
              })}
              {i % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle">
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {series.map((s) => (
          <span key={s.key}>
            <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect width="10" height="10" rx="2" fill={s.color} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
