import type { FederalPack } from '../rule-packs/pack-schema';
import type { Member } from '../schema/screening';
import type { Trace } from './trace';

export type MedicaidStatus =
  | { ok: true }
  | { ok: false; why: 'status' | 'five_year_bar'; source: string; text: string };

const STATUS_WORDS: Record<Member['immigrationStatus'], string> = {
  citizen: 'a citizen',
  lpr: 'a lawful permanent resident',
  refugee: 'a refugee',
  asylee: 'an asylee',
  lawfully_present_other: 'lawfully present (other status)',
  undocumented: 'not lawfully present',
};

export function statusWords(member: Member): string {
  return STATUS_WORDS[member.immigrationStatus];
}

/** Whether the member's status allows full Medicaid/CHIP on the screening date. */
export function medicaidStatus(
  federal: FederalPack,
  member: Member,
  screeningDate: string,
  trace: Trace,
): MedicaidStatus {
  const list = statusListOn(federal, screeningDate);
  if (!list?.statuses.includes(member.immigrationStatus)) {
    return {
      ok: false,
      why: 'status',
      source: list?.source ?? federal.medicaid.limitsSource,
      text: `on ${screeningDate} Medicaid and CHIP are closed to someone who is ${statusWords(member)}; some states cover lawfully residing children and pregnant people by option (not screened here).`,
    };
  }
  const bar = federal.medicaid.fiveYearBar;
  if (bar.statuses.includes(member.immigrationStatus)) {
    if (member.yearsInStatus === null) {
      trace.add(
        'immigration.five_year_bar_unknown',
        bar.source,
        () =>
          `Years as ${statusWords(member)} not given: assumed ${bar.years} or more. With fewer, Medicaid waits ${bar.years} years.`,
      );
    } else if (member.yearsInStatus < bar.years) {
      return {
        ok: false,
        why: 'five_year_bar',
        source: bar.source,
        text: `${member.yearsInStatus} years as ${statusWords(member)}: Medicaid and CHIP wait ${bar.years} years (the five-year bar).`,
      };
    }
  }
  return { ok: true };
}

/** The status list in force: the latest whose start date is on or before the screening date. */
function statusListOn(federal: FederalPack, date: string) {
  let current: FederalPack['medicaid']['eligibleStatuses'][number] | null = null;
  for (const entry of federal.medicaid.eligibleStatuses) {
    if (entry.from <= date && (!current || entry.from > current.from)) current = entry;
  }
  return current;
}

/** Whether the member's status allows the premium tax credit in the plan year. */
export function ptcStatusOk(federal: FederalPack, member: Member): boolean {
  return federal.ptc.eligibleStatuses.statuses.includes(member.immigrationStatus);
}
