import type { Ref } from 'preact';
import type { Determination, Reason, ScreeningInput } from '../../../schema/screening';
import { useI18n } from '../../i18n/context';
import { Figures } from './Figures';

/**
 * What the screener decided, per person in plain words, with the "why" one click away: each step
 * of the screener's trace and the rule or publication it comes from. The trace is written in
 * English by the engine; in another language the list says so and is marked `lang="en"`, so a
 * screen reader reads it with the right voice.
 */
export function Results(props: {
  input: ScreeningInput;
  determination: Determination;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, money, lang } = useI18n();
  const d = props.determination;
  return (
    <section aria-labelledby="check-results-heading" class="check-results">
      <h2 id="check-results-heading" ref={props.headingRef} tabIndex={-1}>
        {t('check.resultsHeading')}
      </h2>
      <p class="note">{t('check.estimate')}</p>
      <h3>{t('check.householdResult')}</h3>
      <Figures determination={d} />
      <Why summary={t('check.whyHousehold')} reasons={d.reasons} lang={lang} />
      <ul class="check-members">
        {d.members.map((m) => {
          const person = props.input.household[m.index];
          return (
            <li key={m.index} class="card" data-testid="member-result">
              <h3>
                {t('check.memberHeading', {
                  person: t('household.person', { n: m.index + 1 }),
                  role: t(`role.${m.role}`),
                  age: person?.age ?? '',
                })}
              </h3>
              <p class="check-program" data-testid="member-program">
                {t(`program.${m.program}`)}
              </p>
              {m.stateProgram && (
                <p data-testid="member-state-program">
                  <InEnglish
                    message={t('check.stateProgram', { program: MARK })}
                    text={[m.stateProgram, m.stateProgramDetail].filter(Boolean).join(', ')}
                  />
                  {m.stateProgramMonthlyPremium !== null &&
                    ` ${t('check.statePremium', { amount: money(m.stateProgramMonthlyPremium) })}`}
                </p>
              )}
              <Why
                summary={t('check.why', { person: t('household.person', { n: m.index + 1 }) })}
                reasons={m.reasons}
                lang={lang}
              />
            </li>
          );
        })}
      </ul>
      <p class="note">{t('check.packs', { packs: d.packVersions.join(', ') })}</p>
    </section>
  );
}

const MARK = '\u0000';

/**
 * A sentence of the catalog with one part in English (a state program's name and detail come from
 * the rule pack): that part is marked `lang="en"` so a screen reader switches voice for it.
 */
function InEnglish(props: { message: string; text: string }) {
  const [before, after] = props.message.split(MARK);
  return (
    <>
      {before}
      <span lang="en">{props.text}</span>
      {after}
    </>
  );
}

function Why(props: { summary: string; reasons: readonly Reason[]; lang: string }) {
  const { t } = useI18n();
  if (props.reasons.length === 0) return null;
  return (
    <details class="check-why">
      <summary>{props.summary}</summary>
      {props.lang !== 'en' && <p>{t('check.reasonsInEnglish')}</p>}
      <ol lang="en">
        {props.reasons.map((r) => (
          <li key={r.rule + r.text}>
            {r.text}
            <br />
            <small>
              <span lang={props.lang}>{t('check.source')}</span> {r.source}
            </small>
          </li>
        ))}
      </ol>
    </details>
  );
}
