// A horizontal bar chart that is also its own table: every bar is a row with its label and its
// number as text, so a phone shows labels at the page's own size (an SVG scaled to a narrow screen
// shrank them to 7 px), a screen reader reads a table, and it prints. No JavaScript.
export function BarChart({
  title,
  rows,
  unit = "",
}: {
  title: string;
  rows: { label: string; value: number }[];
  unit?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="bar-chart">
      <caption>{title}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="bar"
                  style={{ width: `${Math.max(1, Math.round((100 * r.value) / max))}%` }}
                />
              </span>
              <span className="bar-value">
                {r.value.toLocaleString("en-KE")}
                {unit}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
