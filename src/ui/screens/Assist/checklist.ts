import type { ApplicationV2 } from '../../../schema/application-v2';

/** One document the applicant should keep ready, with the person it is for. */
export type ChecklistItem =
  | { kind: 'income' | 'selfEmployment' | 'benefits' | 'ssnPending' | 'employer'; name: string }
  | { kind: 'immigration'; name: string; document: string };

const BENEFITS = new Set(['unemployment', 'social_security', 'retirement']);

/**
 * The documents the exchange is likely to ask for, from the answers (what navigators' trackers
 * list): proof of each kind of income, the immigration document, the SSN still to come, and the
 * employer's coverage form.
 */
export function documentChecklist(app: ApplicationV2): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const m of app.members) {
    const name = `${m.firstName} ${m.lastName}`;
    const kinds = new Set(m.incomes.map((i) => i.kind));
    if (kinds.has('job') || kinds.has('other')) items.push({ kind: 'income', name });
    if (kinds.has('self_employment')) items.push({ kind: 'selfEmployment', name });
    if ([...kinds].some((k) => BENEFITS.has(k))) items.push({ kind: 'benefits', name });
    const doc = m.citizenship?.document;
    if (doc) items.push({ kind: 'immigration', name, document: doc.type });
    if (m.applying && m.ssnAbsentReason === 'applied_waiting') {
      items.push({ kind: 'ssnPending', name });
    }
    if (m.employerOffer) items.push({ kind: 'employer', name });
  }
  return items;
}
