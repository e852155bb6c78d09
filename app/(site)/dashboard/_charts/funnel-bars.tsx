// Horizontal bars for a funnel, drawn in SVG (widths as attributes, no inline styles).
export function FunnelBars({ steps }: { steps: { label: string; count: number }[] }) {
  const max = Math.max(1, ...steps.map((s) => s.count));
  return (
    <div className="funnel">
      {steps.map((step) => (
        <div className="funnel-row" key={step.label}>
          <span>{step.label}</span>
          <svg viewBox="0 0 100 8" preserveAspectRatio="none" height="12" width="100%" aria-hidden="true">
            <rect width="100" height="8" rx="2" fill="#f1eee7" />
            <rect width={Math.max(0.5, (step.count / max) * 100)} height="8" rx="2" fill="#5b8fc4" />
          </svg>
          <span className="num">{step.count.toLocaleString("en")}</span>
        </div>
      ))}
    </div>
  );
}
