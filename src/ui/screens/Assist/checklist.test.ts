import { describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../../../test/fixtures/applications';
import { applicationFromDraftV2 } from '../../../schema/draft-v2';
import { documentChecklist } from './checklist';

function appFrom(overrides = {}) {
  const result = applicationFromDraftV2(makeDraftV2(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.application;
}

describe('documentChecklist', () => {
  it('asks for proof of the job income, the green card and the SSN still to come', () => {
    expect(documentChecklist(appFrom())).toEqual([
      { kind: 'income', name: 'Ana Diaz' },
      { kind: 'immigration', name: 'Leo Diaz', document: 'permanent_resident_card' },
      { kind: 'ssnPending', name: 'Leo Diaz' },
    ]);
  });

  it('asks for benefit letters, self-employment records and the employer form when answered so', () => {
    const app = appFrom({
      'member.m1.income.i1.kind': 'self_employment',
      'member.m3.incomes': 'i2',
      'member.m3.income.i2.kind': 'social_security',
      'member.m3.income.i2.amount': '1200',
      'member.m3.income.i2.frequency': 'monthly',
      'member.m1.offer': 'yes',
      'member.m1.offer.employerName': 'Acme',
      'member.m1.offer.selfOnlyMonthlyPremium': '120',
      'member.m1.offer.meetsMinimumValue': 'yes',
    });
    expect(documentChecklist(app).map((i) => `${i.kind}:${i.name}`)).toEqual([
      'selfEmployment:Ana Diaz',
      'employer:Ana Diaz',
      'immigration:Leo Diaz',
      'ssnPending:Leo Diaz',
      'benefits:Rosa Diaz',
    ]);
  });
});
