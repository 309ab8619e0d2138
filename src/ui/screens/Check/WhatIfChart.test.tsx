import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { packsFromDisk } from '../../../../test/fixtures/packs';
import { selectPacks } from '../../../rule-packs/load-pack';
import { screeningInput } from '../../../schema/screening';
import { screen as screenHousehold } from '../../../screener/determine';
import type { CurvePoint } from '../../../screener/what-if';
import { CATALOGS, translatorFor } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { CURVE_POINTS, whatIf } from './curve';
import { creditEndsAt, niceStep, pathOf, WhatIfChart } from './WhatIfChart';

const PACKS = packsFromDisk();
const input = screeningInput.parse({
  planYear: 2026,
  screeningDate: '2026-11-23',
  state: 'TX',
  benchmarkSilverMonthlyPremium: 900,
  household: [
    {
      role: 'filer',
      age: 40,
      immigrationStatus: 'citizen',
      incomes: [{ type: 'wages', annual: 40_000 }],
    },
    { role: 'spouse', age: 38, immigrationStatus: 'citizen' },
  ],
});
const set = selectPacks(PACKS, 2026, 'TX');
if (!set) throw new Error('no 2026 packs');
const curve = whatIf(input, set);
const determination = screenHousehold(input, set);

const point = (householdIncome: number, aptcMonthly: number | null): CurvePoint => ({
  householdIncome,
  fplPercent: null,
  aptcMonthly,
  expectedContributionMonthly: null,
});

describe('the what-if curve', () => {
  it('has 400 points, from no income past the 400% edge, marking the income entered', () => {
    expect(curve.points).toHaveLength(CURVE_POINTS);
    expect(curve.points[0]?.householdIncome).toBe(0);
    expect(curve.points.at(-1)?.fplPercent).toBeGreaterThan(400);
    expect(curve.income).toBe(40_000);
    expect(curve.drawable).toBe(true);
  });

  it('draws with round ticks and breaks the line where an amount is missing', () => {
    expect([0.7, 3, 7, 120, 2_400].map(niceStep)).toEqual([1, 5, 10, 200, 5_000]);
    const d = pathOf(
      [point(0, 1), point(1, null), point(2, 3), point(3, 4)],
      (p) => p.aptcMonthly,
      (x) => x,
      (y) => y,
    );
    expect(d).toBe('M0.0 1.0M2.0 3.0L3.0 4.0');
    expect(creditEndsAt([point(0, 0), point(1, 5), point(2, 2), point(3, 0)])).toBe(3);
    expect(creditEndsAt([point(0, 5), point(1, 5)])).toBeNull();
  });
});

describe('the what-if chart', () => {
  it('gives screen readers the numbers: a caption that sums it up and a table, the drawing hidden', () => {
    const t = translatorFor('en');
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <WhatIfChart
          points={curve.points}
          income={curve.income}
          creditAtIncome={determination.aptcMonthly}
        />
      </I18nProvider>,
    );
    const figure = screen.getByRole('figure');
    expect(figure.getAttribute('aria-labelledby')).toBe('what-if-caption');
    expect(screen.getByTestId('what-if-svg').getAttribute('aria-hidden')).toBe('true');
    const summary = screen.getByTestId('chart-summary').textContent ?? '';
    expect(summary).toContain(t.money(determination.aptcMonthly ?? Number.NaN));
    const ends = creditEndsAt(curve.points);
    expect(ends).not.toBeNull();
    expect(summary).toContain(
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }).format(ends ?? 0),
    );
    const table = screen.getByRole('table', { name: t.t('chart.tableCaption') });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBe(21);
    // Each row says the credit the engine computed at that income.
    const first = curve.points[0];
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe(
      first?.aptcMonthly === null ? t.t('chart.notAvailable') : t.money(first?.aptcMonthly ?? 0),
    );
    const paths = figure.querySelectorAll('path');
    expect([...paths].every((p) => (p.getAttribute('d') ?? '').split(/[ML]/).length > 100)).toBe(
      true,
    );
  });
});
