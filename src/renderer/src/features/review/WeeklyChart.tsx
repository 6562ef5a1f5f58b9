import { useTranslation } from 'react-i18next';
import type { ClaimStats } from '../../../../shared/model';

const W = 640;
const H = 220;
const PAD = { top: 18, right: 8, bottom: 30, left: 34 };

/** A round top for the y axis: 1, 2, 5 × a power of ten. */
function niceMax(n: number): number {
  if (n <= 4) return Math.max(1, n);
  const p = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= n) ?? 10 * p);
}

/** Decisions per week over the last twelve weeks, as plain SVG (its colours come from the theme). */
export function WeeklyChart({ weeks }: { weeks: ClaimStats['decisionsPerWeek'] }) {
  const { t, i18n } = useTranslation();
  const top = niceMax(Math.max(0, ...weeks.map((w) => w.decisions)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, weeks.length);
  const barW = Math.min(34, slot * 0.62);
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const ticks = top <= 4 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 2, top];
  const day = new Intl.DateTimeFormat(i18n.language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const label = (start: string) => day.format(new Date(`${start}T00:00:00Z`));
  return (
    <svg className="weekly-chart" data-testid="weekly-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('dashboard.weekly')}>
      {ticks.map((v) => (
        <g key={v} className="tick">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 8} y={y(v)} dy="0.35em" textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const title = t('dashboard.week', { date: label(w.start), count: w.decisions });
        return (
          <g key={w.week} className="week" data-week={w.week} data-decisions={w.decisions}>
            <title>{title}</title>
            {w.decisions > 0 && (
              <>
                <rect x={x} y={y(w.decisions)} width={barW} height={y(0) - y(w.decisions)} rx={3} />
                <text className="value" x={x + barW / 2} y={y(w.decisions) - 5} textAnchor="middle">
                  {w.decisions}
                </text>
              </>
            )}
            {/* Every other week when twelve are shown, counting back from this one, so labels never crowd. */}
            {(weeks.length <= 8 || (weeks.length - 1 - i) % 2 === 0) && (
              <text className="axis-label" x={x + barW / 2} y={H - PAD.bottom + 18} textAnchor="middle">
                {label(w.start)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
