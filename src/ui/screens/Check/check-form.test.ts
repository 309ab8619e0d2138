import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../components/messages';
import { translatorFor } from '../../i18n/catalogs';
import { annualAmount, type CheckForm, emptyForm, newMember, toScreeningInput } from './check-form';

const TODAY = '2026-11-23';

function form(change: (f: CheckForm) => void): CheckForm {
  const f = emptyForm();
  f.state = 'MA';
  const filer = f.members[0];
  if (filer) filer.age = '36';
  change(f);
  return f;
}

describe('the check form as screener input', () => {
  it('turns amounts and how often they come into yearly income, as the application does', () => {
    expect(annualAmount(500, 'weekly')).toBe(26_000);
    expect(annualAmount(1_234.56, 'every_two_weeks')).toBe(32_098.56);
    const result = toScreeningInput(
      form((f) => {
        f.members[0]?.incomes.push({
          key: 'k9',
          type: 'wages',
          amount: '$2,000',
          frequency: 'monthly',
        });
      }),
      TODAY,
    );
    expect(result.ok && result.input.household[0]?.incomes).toEqual([
      { type: 'wages', annual: 24_000 },
    ]);
    expect(result.ok && result.input.planYear).toBe(2027);
    expect(result.ok && result.input.screeningDate).toBe(TODAY);
  });

  it('names the field of each missing or unreadable answer', () => {
    const f = emptyForm();
    f.members[0]?.incomes.push({ key: 'k5', type: '', amount: 'lots', frequency: '' });
    const result = toScreeningInput(f, TODAY);
    expect(result.ok ? [] : result.problems.map((p) => [p.id, p.code])).toEqual([
      ['check-state', 'required'],
      ['check-k1-age', 'required'],
      ['check-k1-k5-type', 'required'],
      ['check-k1-k5-amount', 'not_a_number'],
      ['check-k1-k5-frequency', 'required'],
    ]);
  });

  it('puts the shared schema’s problems on the fields they are about', () => {
    const result = toScreeningInput(
      form((f) => {
        f.zip = '0211';
        f.members.push(newMember('k2', 'filer'));
        const second = f.members[1];
        if (second) {
          second.age = '130';
          second.incomes.push({ key: 'k3', type: 'wages', amount: '-5', frequency: 'yearly' });
        }
      }),
      TODAY,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.id, p.code])).toEqual(
      expect.arrayContaining([
        ['check-zip', 'invalid_format'],
        ['check-k2-age', 'too_big'],
        ['check-k2-k3-amount', 'negative_income'],
        ['check-k1-role', 'one_filer'],
      ]),
    );
  });

  it('asks how many babies are expected only of a pregnant person', () => {
    const pregnant = toScreeningInput(
      form((f) => {
        if (f.members[0]) f.members[0].pregnant = true;
      }),
      TODAY,
    );
    expect(pregnant.ok ? [] : pregnant.problems.map((p) => p.id)).toEqual(['check-k1-children']);
    const not = toScreeningInput(
      form(() => undefined),
      TODAY,
    );
    expect(not.ok && not.input.household[0]?.expectedChildren).toBe(0);
  });

  it('sends the employer offer and the benchmark premium only when given', () => {
    const plain = toScreeningInput(
      form(() => undefined),
      TODAY,
    );
    expect(plain.ok && 'employerOffer' in plain.raw).toBe(false);
    expect(plain.ok && 'benchmarkSilverMonthlyPremium' in plain.raw).toBe(false);
    const offered = toScreeningInput(
      form((f) => {
        f.benchmark = '700';
        f.hasOffer = true;
        f.offerSelfOnly = '150.50';
      }),
      TODAY,
    );
    expect(offered.ok && offered.input.employerOffer).toEqual({
      offeredTo: 'filer',
      selfOnlyEmployeeMonthly: 150.5,
      familyEmployeeMonthly: null,
      meetsMinimumValue: true,
    });
    expect(offered.ok && offered.input.benchmarkSilverMonthlyPremium).toBe(700);
  });

  it('sends the years in a status only for a status the packs count years for', () => {
    const lpr = (f: CheckForm) => {
      const m = f.members[0];
      if (m) {
        m.immigrationStatus = 'lpr';
        m.yearsInStatus = '3';
      }
    };
    const counted = toScreeningInput(form(lpr), TODAY, new Set(['lpr']));
    expect(counted.ok && counted.input.household[0]?.yearsInStatus).toBe(3);
    const ignored = toScreeningInput(form(lpr), TODAY, new Set());
    expect(ignored.ok && ignored.input.household[0]?.yearsInStatus).toBeNull();
    const typo = toScreeningInput(
      form((f) => {
        lpr(f);
        if (f.members[0]) f.members[0].yearsInStatus = 'three';
      }),
      TODAY,
      new Set(['lpr']),
    );
    expect(typo.ok ? [] : typo.problems.map((p) => p.id)).toEqual(['check-k1-years']);
  });

  it('says each of the shared schema’s own problems in plain words, not as the exchange’s', () => {
    const result = toScreeningInput(
      form((f) => {
        f.members.push(newMember('k2', 'filer'));
        const second = f.members[1];
        if (second) {
          second.age = '30';
          second.incomes.push({ key: 'k3', type: 'wages', amount: '-5', frequency: 'yearly' });
        }
        f.hasOffer = true;
        f.offeredTo = 'spouse';
        f.offerSelfOnly = '100';
      }),
      TODAY,
    );
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.code).sort()).toEqual([
      'negative_income',
      'no_spouse',
      'one_filer',
    ]);
    for (const lang of ['en', 'es'] as const) {
      const t = translatorFor(lang);
      for (const p of problems) {
        expect(problemMessage(t, p)).not.toBe(t.t('error.generic', { message: p.message }));
      }
    }
  });
});
