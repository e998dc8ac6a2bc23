// A horizontal bar chart drawn on the server as SVG: no JavaScript, readable by screen readers
// (a title, and every bar labelled), and it prints.
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
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 620;
  const height = rows.length * rowHeight + 8;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{title}</title>
      {rows.map((r, i) => {
        const barWidth = Math.max(1, Math.round(((width - labelWidth - 70) * r.value) / max));
        const y = i * rowHeight + 4;
        return (
          <g key={r.label}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="13">
              {r.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={barWidth} height={rowHeight - 8} fill="#006b3f" />
            <text x={labelWidth + barWidth + 6} y={y + 16} fontSize="13">
              {r.value.toLocaleString("en-KE")}
              {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
