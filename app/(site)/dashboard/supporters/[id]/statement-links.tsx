// The supporter page's "Receipts and statements" panel: a yearly statement PDF per year with
// gifts, in either language (each download is audited).
import { listStatementYears } from "@/lib/receipts/list-statement-years";

export async function StatementLinks({ supporterId }: { supporterId: string }) {
  const years = await listStatementYears(supporterId);
  return (
    <section className="panel" aria-labelledby="statements-title">
      <h2 id="statements-title">Yearly statements</h2>
      {years.length === 0 ? (
        <p className="empty">No gifts kept yet, so no statement.</p>
      ) : (
        <ul>
          {years.map((year) => (
            <li key={year}>
              {year}: <a href={`/api/dashboard/supporters/${supporterId}/statement?year=${year}&lang=en`}>PDF in English</a> ·{" "}
              <a href={`/api/dashboard/supporters/${supporterId}/statement?year=${year}&lang=ru`}>PDF in Russian</a>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">The same statement the supporter can download from their own page. Downloads are recorded in the audit log.</p>
    </section>
  );
}
