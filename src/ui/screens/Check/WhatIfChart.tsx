import type { CurvePoint } from '../../../screener/what-if';
import { useI18n } from '../../i18n/context';
import { formatFpl } from './Figures';

/**
 * The what-if chart (issue 3): the monthly tax credit and the expected contribution against the
 * household's yearly income, a few hundred points drawn as two SVG paths (no chart library: one
 * render, a few kilobytes). Its text alternative is the caption, which says what the chart shows
 * at the income entered and where the credit ends, and a table of the numbers behind a toggle.
 * Loaded on demand (CheckScreen imports it dynamically): it is never first-screen code.
 */

const WIDTH = 480;
const HEIGHT = 260;
const MARGIN = { left: 64, right: 12, top: 12, bottom: 36 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const X_TICKS = 4;
const Y_TICKS = 4;
/** Rows of the table: every n-th point (400 rows is too many to read), plus the last. */
const TABLE_ROWS = 20;

/** A round step (1, 2 or 5 × 10ⁿ) at least `raw`, for axis ticks a person can read. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** An SVG path through the points, broken where a value is missing (null). */
export function pathOf(
  points: readonly CurvePoint[],
  value: (p: CurvePoint) => number | null,
  x: (income: number) => number,
  y: (amount: number) => number,
): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    const v = value(p);
    if (v === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(p.householdIncome).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** The lowest income of the curve from which the credit is $0 for good, or null. */
export function creditEndsAt(points: readonly CurvePoint[]): number | null {
  let last = -1;
  points.forEach((p, i) => {
    if ((p.aptcMonthly ?? 0) > 0) last = i;
  });
  return last >= 0 && last < points.length - 1 ? (points[last + 1]?.householdIncome ?? null) : null;
}

export function WhatIfChart(props: {
  points: readonly CurvePoint[];
  income: number;
  creditAtIncome: number | null;
}) {
  const { t, money, lang } = useI18n();
  const { points } = props;
  const whole = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const xMax = points[points.length - 1]?.householdIncome ?? 1;
  const yTop = Math.max(
    1,
    ...points.map((p) => Math.max(p.aptcMonthly ?? 0, p.expectedContributionMonthly ?? 0)),
  );
  const xStep = niceStep(xMax / X_TICKS);
  const yStep = niceStep(yTop / Y_TICKS);
  const yMax = Math.ceil(yTop / yStep) * yStep;
  const x = (v: number) => MARGIN.left + (v / xMax) * PLOT_W;
  const y = (v: number) => MARGIN.top + PLOT_H - (v / yMax) * PLOT_H;
  const xTicks = range(0, xMax, xStep);
  const yTicks = range(0, yMax, yStep);
  const ends = creditEndsAt(points);
  const every = Math.max(1, Math.ceil(points.length / TABLE_ROWS));
  const rows = points.filter((_, i) => i % every === 0 || i === points.length - 1);
  // No amount: not computable (no benchmark, no table) or, for the contribution, nobody qualifies.
  const cell = (v: number | null) => (v === null ? t('chart.notAvailable') : money(v));

  return (
    <figure class="what-if" aria-labelledby="what-if-caption">
      <figcaption id="what-if-caption">
        <strong>{t('chart.heading')}</strong>{' '}
        {t('chart.caption', { from: whole.format(0), to: whole.format(xMax) })}{' '}
        <span data-testid="chart-summary">
          {props.creditAtIncome !== null &&
            t('chart.atIncome', {
              income: whole.format(props.income),
              credit: money(props.creditAtIncome),
            })}{' '}
          {ends !== null && t('chart.creditEnds', { income: whole.format(ends) })}
        </span>
      </figcaption>
      <ul class="what-if__legend" aria-hidden="true">
        <li class="what-if__key what-if__key--credit">{t('chart.credit')}</li>
        <li class="what-if__key what-if__key--contribution">{t('chart.contribution')}</li>
        <li class="what-if__key what-if__key--current">{t('chart.current')}</li>
      </ul>
      <svg
        class="what-if__plot"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        data-testid="what-if-svg"
      >
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line
              class="what-if__grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(v)}
              y2={y(v)}
            />
            <text class="what-if__tick" x={MARGIN.left - 6} y={y(v) + 4} text-anchor="end">
              {whole.format(v)}
            </text>
          </g>
        ))}
        {xTicks.map((v) => (
          <text key={`x${v}`} class="what-if__tick" x={x(v)} y={HEIGHT - 14} text-anchor="middle">
            {whole.format(v)}
          </text>
        ))}
        <line
          class="what-if__current"
          x1={x(props.income)}
          x2={x(props.income)}
          y1={MARGIN.top}
          y2={MARGIN.top + PLOT_H}
        />
        <path
          class="what-if__contribution"
          d={pathOf(points, (p) => p.expectedContributionMonthly, x, y)}
        />
        <path class="what-if__credit" d={pathOf(points, (p) => p.aptcMonthly, x, y)} />
      </svg>
      <details class="what-if__data">
        <summary>{t('chart.showTable')}</summary>
        <table class="ds-c-table ds-c-table--compact" data-testid="what-if-table">
          <caption>{t('chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.income')}</th>
              <th scope="col">{t('check.fpl')}</th>
              <th scope="col">{t('chart.credit')}</th>
              <th scope="col">{t('chart.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.householdIncome}>
                <th scope="row">{whole.format(p.householdIncome)}</th>
                <td>
                  {p.fplPercent === null ? t('chart.notAvailable') : formatFpl(lang, p.fplPercent)}
                </td>
                <td>{cell(p.aptcMonthly)}</td>
                <td>
                  {p.expectedContributionMonthly === null && p.aptcMonthly !== null
                    ? t('check.notApplicable')
                    : cell(p.expectedContributionMonthly)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + step / 1e6; v += step) out.push(v);
  return out;
}
