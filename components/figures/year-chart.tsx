import type { YearFigures } from '@/lib/domain/year-figures';

/**
 * Events per country per month as stacked bars, drawn on the server as SVG (readable without
 * JavaScript). Each country has its own grey level and hatching, so the bars stay apart when printed
 * in greyscale; the legend repeats them, and the table beside the chart holds the same figures.
 */
const FILLS = ['#1f3b63', '#7f93b5', '#c9d3e4', '#3d3d3d', '#9a9a9a', '#e4e4e4'];
const HATCHES = ['none', 'diagonal', 'cross', 'dots'] as const;

function patternId(i: number) {
  return `country-pattern-${i}`;
}

function Pattern({ index }: { index: number }) {
  const fill = FILLS[index % FILLS.length]!;
  const hatch = HATCHES[Math.floor(index / FILLS.length) % HATCHES.length]!;
  const ink = index % FILLS.length < 2 || index % FILLS.length === 3 ? '#ffffff' : '#000000';
  return (
    <pattern id={patternId(index)} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={fill} />
      {hatch === 'diagonal' && <path d="M0,6 L6,0" stroke={ink} strokeWidth="1.2" />}
      {hatch === 'cross' && <path d="M0,6 L6,0 M0,0 L6,6" stroke={ink} strokeWidth="1" />}
      {hatch === 'dots' && <circle cx="3" cy="3" r="1.2" fill={ink} />}
    </pattern>
  );
}

export function YearChart({ figures, months, title, description }: { figures: YearFigures; months: string[]; title: string; description: string }) {
  const width = 720;
  const height = 300;
  const left = 36;
  const bottom = 28;
  const top = 12;
  const max = Math.max(1, ...figures.monthTotals);
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const plotHeight = height - bottom - top;
  const slot = (width - left) / 12;
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  return (
    <figure className="year-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="year-chart-title year-chart-desc" width="100%" preserveAspectRatio="xMidYMid meet">
        <title id="year-chart-title">{title}</title>
        <desc id="year-chart-desc">{description}</desc>
        <defs>
          {figures.countries.map((_, i) => (
            <Pattern key={i} index={i} />
          ))}
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="#d9dde5" />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#5b6475">
              {tick}
            </text>
          </g>
        ))}
        {months.map((label, m) => {
          let base = 0;
          const x = left + m * slot + slot * 0.18;
          const barWidth = slot * 0.64;
          return (
            <g key={label}>
              {figures.countries.map((country, i) => {
                const value = country.perMonth[m]!;
                if (value === 0) return null;
                const y0 = y(base + value);
                const h = y(base) - y0;
                base += value;
                return (
                  <rect key={country.code} x={x} y={y0} width={barWidth} height={h} fill={`url(#${patternId(i)})`} stroke="#000" strokeWidth="0.5">
                    <title>{`${country.name}, ${label}: ${value}`}</title>
                  </rect>
                );
              })}
              {figures.monthTotals[m]! > 0 && (
                <text x={x + barWidth / 2} y={y(figures.monthTotals[m]!) - 3} textAnchor="middle" fontSize="11" fill="#1b2330">
                  {figures.monthTotals[m]}
                </text>
              )}
              <text x={x + barWidth / 2} y={height - 10} textAnchor="middle" fontSize="11" fill="#1b2330">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="year-chart-legend">
          {figures.countries.map((country, i) => (
            <li key={country.code}>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={`url(#${patternId(i)})`} stroke="#000" strokeWidth="0.5" />
              </svg>{' '}
              {country.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
