import type { Reason } from '../schema/screening';

/**
 * The "why" of a determination. Every rule that decides something adds a reason: its rule id (the
 * id tests cite), a plain-language sentence, and the source of the rule or figure.
 *
 * NOTE: the text is a thunk so that the what-if curve, which screens hundreds of incomes and shows
 * only numbers, pays nothing for sentences nobody reads.
 */
export class Trace {
  readonly reasons: Reason[] = [];

  constructor(private readonly enabled: boolean) {}

  add(rule: string, source: string, text: () => string): void {
    if (this.enabled) this.reasons.push({ rule, text: text(), source });
  }
}
