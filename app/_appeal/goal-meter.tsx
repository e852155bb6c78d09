// The campaign's goal meter on the appeal, the embedded appeal and the banner: a native <meter>
// (no script, no inline style) named by its heading, with the same progress in words beside it for
// readers and assistive technology alike. The figures come from lib/campaign/load-goal-meter.ts.
import { getTranslations } from "next-intl/server";
import type { GoalMeter as GoalMeterData } from "@/lib/campaign/load-goal-meter";
import { readerFormats } from "@/lib/i18n/reader-formats";
import type { Locale } from "@/lib/i18n/locales";

type Props = { meter: GoalMeterData; locale: Locale; compact?: boolean };

export async function GoalMeter({ meter, locale, compact = false }: Props) {
  const t = await getTranslations({ locale, namespace: "goalMeter" });
  const formats = readerFormats(locale);
  const goal = meter.goalKind === "money" ? formats.money(meter.goal, meter.currency) : new Intl.NumberFormat(locale).format(meter.goal);
  const progress = meter.goalKind === "money" ? t("money", { raised: formats.money(meter.reached, meter.currency), goal }) : t("supporters", { count: meter.reached, goal });
  const heading = t("heading", { date: formats.dayMonth(new Date(`${meter.endsOn}T00:00:00Z`)) });
  const id = compact ? "goal-meter-banner" : "goal-meter";
  return (
    <section className={compact ? "goal-meter compact" : "goal-meter"} aria-labelledby={`${id}-heading`}>
      <p className="goal-meter-heading" id={`${id}-heading`}>
        {heading}
      </p>
      <meter min={0} max={meter.goal} value={Math.min(meter.reached, meter.goal)} aria-label={t("meterLabel")} aria-describedby={`${id}-text`}>
        {progress}
      </meter>
      <p className="goal-meter-text" id={`${id}-text`}>
        {progress}
        {meter.reached >= meter.goal ? ` ${t("reached")}` : null}
      </p>
    </section>
  );
}
