import type { YearFigures } from '@/lib/domain/year-figures';

/** The chart's figures as a table, with totals per country (last column) and per month (last row). */
export function YearTable({ figures, months, labels }: { figures: YearFigures; months: string[]; labels: { caption: string; country: string; total: string } }) {
  return (
    <div className="table-scroll">
      <table className="figures-table">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.country}</th>
            {months.map((m) => (
              <th scope="col" key={m}>
                {m}
              </th>
            ))}
            <th scope="col">{labels.total}</th>
          </tr>
        </thead>
        <tbody>
          {figures.countries.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.name}</th>
              {c.perMonth.map((n, i) => (
                <td key={i}>{n || ''}</td>
              ))}
              <td>
                <strong>{c.total}</strong>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{labels.total}</th>
            {figures.monthTotals.map((n, i) => (
              <td key={i}>{n}</td>
            ))}
            <td>
              <strong>{figures.total}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
