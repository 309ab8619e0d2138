import { describe, expect, it } from 'vitest';
import { describeHousehold } from './household';
import { memberExcluded, memberMagi } from './income';
import { packsFor, parse, person } from './testing';

const federal = packsFor(2026, 'TX').federal;
const base = { planYear: 2026, screeningDate: '2026-04-15', state: 'TX' } as const;

describe('tax household vs Medicaid household', () => {
  it('[household.tax_size] counts filer, joint spouse and dependents; a separate return leaves the spouse out', () => {
    const members = [person(), person({ role: 'spouse' }), person({ role: 'dependent', age: 4 })];
    expect(describeHousehold(parse({ ...base, household: members }), federal).taxFamily).toEqual([
      0, 1, 2,
    ]);
    const mfs = describeHousehold(
      parse({ ...base, filingStatus: 'married_separate', household: members }),
      federal,
    );
    expect([mfs.taxFamily, mfs.medicaidBaseSize]).toEqual([[0, 2], 3]);
  });

  it('[household.pregnancy] counts a pregnant woman as 1 + expected for herself and as 1 for others', () => {
    const h = describeHousehold(
      parse({
        ...base,
        household: [person(), person({ role: 'spouse', pregnant: true, expectedChildren: 2 })],
      }),
      federal,
    );
    expect(h.medicaidSize).toEqual([2, 4]);
  });

  it('[medicaid.parent] makes adults caretakers only when a dependent child under 18 lives with them', () => {
    const withChild = describeHousehold(
      parse({ ...base, household: [person(), person({ role: 'dependent', age: 17 })] }),
      federal,
    );
    const withAdult = describeHousehold(
      parse({ ...base, household: [person(), person({ role: 'dependent', age: 18 })] }),
      federal,
    );
    expect([[...withChild.caretakers], [...withAdult.caretakers]]).toEqual([[0], []]);
  });
});

describe('MAGI (26 USC 36B(d)(2)(B); 42 CFR 435.603(e))', () => {
  it('[income.magi] counts every MAGI kind, taxable or not, and a business loss', () => {
    const m = parse({
      ...base,
      household: [
        person({
          incomes: [
            { type: 'wages', annual: 1000 },
            { type: 'self_employment', annual: -200 },
            { type: 'unemployment', annual: 300 },
            { type: 'social_security', annual: 400 },
            { type: 'social_security_nontaxable', annual: 500 },
            { type: 'retirement', annual: 600 },
            { type: 'tax_exempt_interest', annual: 70 },
            { type: 'alimony', annual: 80 },
            { type: 'other', annual: 9 },
          ],
        }),
      ],
    }).household[0];
    if (!m) throw new Error('no member');
    expect(memberMagi(m)).toBe(1000 - 200 + 300 + 400 + 500 + 600 + 70 + 80 + 9);
  });

  it('[income.excluded] leaves out child support, SSI, veterans benefits and gifts', () => {
    const m = parse({
      ...base,
      household: [
        person({
          incomes: [
            { type: 'child_support_received', annual: 1 },
            { type: 'ssi', annual: 20 },
            { type: 'veterans_benefits', annual: 300 },
            { type: 'gifts', annual: 4000 },
          ],
        }),
      ],
    }).household[0];
    if (!m) throw new Error('no member');
    expect([memberMagi(m), memberExcluded(m)]).toEqual([0, 4321]);
  });
});
