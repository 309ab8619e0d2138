// Screener speed (issue 3): µs per screening (budget 20 µs), determinations per second, the
// 400-point what-if curve (budget 8 ms, one frame at 120 Hz), and the cost of parsing the same
// input with zod, measured in the same run, as a baseline the screening is compared to.
import { readPackFiles } from '../../scripts/screen';
import { loadPacks, type PackSet, selectPacks } from '../../src/rule-packs/load-pack';
import {
  type ScreeningInput,
  type ScreeningInputRaw,
  screeningInput,
} from '../../src/schema/screening';
import { screen } from '../../src/screener/determine';
import { whatIfCurve } from '../../src/screener/what-if';
import { type Figure, figure, type Suite, timeSamples } from '../harness';

const SCREENING_BUDGET_US = 20;
const CURVE_BUDGET_MS = 8;
const CURVE_POINTS = 400;
const SAMPLES = 40;
const MS_TO_US = 1000;

/** A mix of households: single adult, family with CHIP children, MA ConnectorCare, 2027, barred. */
const RAW: ScreeningInputRaw[] = [
  {
    planYear: 2026,
    screeningDate: '2026-04-15',
    state: 'TX',
    benchmarkSilverMonthlyPremium: 600,
    household: [
      {
        role: 'filer',
        age: 40,
        immigrationStatus: 'citizen',
        incomes: [{ type: 'wages', annual: 32000 }],
      },
    ],
  },
  {
    planYear: 2026,
    screeningDate: '2026-04-15',
    state: 'MA',
    benchmarkSilverMonthlyPremium: 1000,
    employerOffer: {
      offeredTo: 'filer',
      selfOnlyEmployeeMonthly: 300,
      familyEmployeeMonthly: 1200,
      meetsMinimumValue: true,
    },
    household: [
      {
        role: 'filer',
        age: 36,
        immigrationStatus: 'citizen',
        incomes: [{ type: 'wages', annual: 45000 }],
      },
      {
        role: 'spouse',
        age: 34,
        immigrationStatus: 'lpr',
        yearsInStatus: 3,
        incomes: [{ type: 'wages', annual: 25000 }],
      },
      { role: 'dependent', age: 8, immigrationStatus: 'citizen' },
      { role: 'dependent', age: 3, immigrationStatus: 'citizen' },
    ],
  },
  {
    planYear: 2025,
    screeningDate: '2025-02-15',
    state: 'CO',
    benchmarkSilverMonthlyPremium: 900,
    household: [
      {
        role: 'filer',
        age: 29,
        pregnant: true,
        expectedChildren: 1,
        immigrationStatus: 'citizen',
        incomes: [{ type: 'self_employment', annual: 38000 }],
      },
      { role: 'dependent', age: 1, immigrationStatus: 'citizen' },
    ],
  },
  {
    planYear: 2027,
    screeningDate: '2026-11-23',
    state: 'FL',
    household: [
      {
        role: 'filer',
        age: 55,
        immigrationStatus: 'refugee',
        incomes: [{ type: 'retirement', annual: 20000 }],
      },
      {
        role: 'spouse',
        age: 67,
        medicare: true,
        immigrationStatus: 'citizen',
        incomes: [{ type: 'social_security', annual: 18000 }],
      },
    ],
  },
];

export const suite: Suite = {
  name: 'screener',
  run(): Figure[] {
    const packs = loadPacks(readPackFiles());
    const inputs: ScreeningInput[] = RAW.map((r) => screeningInput.parse(r));
    const sets: PackSet[] = inputs.map((i) => {
      const set = selectPacks(packs, i.planYear, i.state);
      if (!set) throw new Error(`no packs for ${i.planYear}`);
      return set;
    });
    const n = inputs.length;
    let sink = 0;
    const screening = timeSamples(
      (i) => {
        const k = i % n;
        sink += screen(inputs[k] as ScreeningInput, sets[k] as PackSet).members.length;
      },
      { samples: SAMPLES, repeat: 2000, warmup: 5 },
    );
    const parsing = timeSamples(
      (i) => {
        sink += screeningInput.parse(RAW[i % n]).household.length;
      },
      { samples: SAMPLES, repeat: 2000, warmup: 5 },
    );
    const curveInput = inputs[1] as ScreeningInput;
    const curveSet = sets[1] as PackSet;
    const curve = timeSamples(
      () => {
        sink += whatIfCurve(curveInput, curveSet, {
          from: 0,
          to: 200_000,
          points: CURVE_POINTS,
        }).length;
      },
      { samples: SAMPLES, repeat: 3, warmup: 3 },
    );
    if (sink === 0) throw new Error('nothing was computed');
    // Rates: the per-sample rate; its slow end (p95) comes from the slow end of the times.
    const perSecond = screening.map((ms) => 1000 / ms).sort((a, b) => b - a);
    const ratio = screening.map((ms, i) => ms / (parsing[i] ?? ms));
    return [
      figure('screening (engine, with reasons)', 'µs', screening, MS_TO_US, {
        max: SCREENING_BUDGET_US,
      }),
      figure('determinations per second', '/s', perSecond, 1),
      figure(`what-if curve, ${CURVE_POINTS} points`, 'ms', curve, 1, { max: CURVE_BUDGET_MS }),
      figure('baseline: zod parse of the same input', 'µs', parsing, MS_TO_US),
      figure(
        'screening ÷ parse (same run)',
        '×',
        ratio.sort((a, b) => a - b),
        1,
      ),
    ];
  },
};
