import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type PackSet, selectPacks, supportedPlanYears } from '../../../rule-packs/load-pack';
import type { RulePack } from '../../../rule-packs/pack-schema';
import type { Determination, ScreeningInput, ScreeningInputRaw } from '../../../schema/screening';
import { screen } from '../../../screener/determine';
import { ErrorSummary } from '../../components/ErrorSummary';
import { problemMessage } from '../../components/messages';
import { Button } from '../../ds';
import { useLazy } from '../../hooks/use-lazy';
import { useI18n } from '../../i18n/context';
import { CheckFormFields } from './CheckFormFields';
import {
  type CheckForm,
  emptyForm,
  type FieldProblem,
  fieldId,
  toScreeningInput,
} from './check-form';
import { type WhatIf, whatIf } from './curve';
import { labelFor } from './labels';
import { fetchPacks, type PackLoader } from './packs';
import { Results } from './Results';
import { StartApplication } from './StartApplication';

// The chart is its own chunk, fetched once results are on screen (issue 3: not first-screen code).
const loadChart = () => import('./WhatIfChart');

type Packs = { state: 'loading' } | { state: 'ready'; packs: RulePack[] } | { state: 'failed' };

/** One screening as shown: the form as it was, what was screened and what the screener said. */
export type Outcome = {
  form: CheckForm;
  raw: ScreeningInputRaw;
  input: ScreeningInput;
  determination: Determination;
  /** The packs it was screened with: the what-if curve is computed on the same. */
  packs: PackSet;
};

/** Today on this device as YYYY-MM-DD (the local date): the screening date of a check. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Check eligibility" (issue 3): anyone, signed in or not, answers a few questions about a
 * household and sees, per person, the program that fits and why, the tax credit and a what-if
 * chart. Nothing is stored; an assister who is signed in can start an application from it.
 */
export function CheckScreen(props: { loadPacks?: PackLoader; today?: () => string }) {
  const { t, has } = useI18n();
  const loader = props.loadPacks ?? fetchPacks;
  const [packs, setPacks] = useState<Packs>({ state: 'loading' });
  const [form, setForm] = useState<CheckForm>(emptyForm);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    loader().then(
      (p) => live && setPacks({ state: 'ready', packs: p }),
      () => live && setPacks({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [loader]);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  useEffect(() => {
    if (outcome) results.current?.focus();
  }, [outcome]);

  const barred = useMemo(() => barredStatuses(packs), [packs]);
  const errorFor = (id: string) => {
    const p = problems.find((x) => x.id === id);
    return p ? problemMessage({ t, has }, p) : undefined;
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (packs.state !== 'ready') return;
    const converted = toScreeningInput(form, (props.today ?? localToday)(), barred);
    const set: PackSet | null = converted.ok
      ? selectPacks(packs.packs, converted.input.planYear, converted.input.state)
      : null;
    if (!converted.ok || !set) {
      setOutcome(null);
      setProblems(
        converted.ok
          ? [{ id: fieldId('planYear'), path: 'planYear', code: 'invalid_value', message: '' }]
          : converted.problems,
      );
      return;
    }
    setProblems([]);
    setOutcome({
      form,
      raw: converted.raw,
      input: converted.input,
      determination: screen(converted.input, set),
      packs: set,
    });
  };

  return (
    <section aria-labelledby="check-heading">
      <h1 id="check-heading" ref={heading} tabIndex={-1}>
        {t('check.heading')}
      </h1>
      <p>{t('check.intro')}</p>
      {packs.state === 'failed' && (
        <div class="ds-c-alert ds-c-alert--error" role="alert">
          <div class="ds-c-alert__body">
            <p class="ds-c-alert__text">{t('check.packsFailed')}</p>
          </div>
        </div>
      )}
      {problems.length > 0 && (
        <ErrorSummary
          summaryRef={summary}
          items={problems.map((p) => ({
            href: `#${p.id}`,
            text: `${labelFor(p.id, form, t)}: ${problemMessage({ t, has }, p)}`,
          }))}
        />
      )}
      <form noValidate onSubmit={submit} aria-labelledby="check-heading">
        <CheckFormFields
          form={form}
          update={(change) => setForm(change)}
          planYears={
            packs.state === 'ready' ? supportedPlanYears(packs.packs) : [Number(form.planYear)]
          }
          barred={barred}
          errorFor={errorFor}
        />
        <div class="button-row">
          <Button type="submit" variation="solid" disabled={packs.state !== 'ready'}>
            {packs.state === 'loading' ? t('check.loadingPacks') : t('check.submit')}
          </Button>
        </div>
      </form>
      {outcome && (
        <>
          <Results
            input={outcome.input}
            determination={outcome.determination}
            headingRef={results}
          />
          <Chart outcome={outcome} />
          <StartApplication outcome={outcome} />
        </>
      )}
    </section>
  );
}

/** The statuses any federal pack counts years for (Medicaid's five-year bar): asked per person. */
function barredStatuses(packs: Packs): ReadonlySet<string> {
  if (packs.state !== 'ready') return new Set();
  return new Set(
    packs.packs.flatMap((p) => (p.kind === 'federal' ? p.medicaid.fiveYearBar.statuses : [])),
  );
}

/**
 * The what-if chart, after the results: its module loads once they are on screen, and its 400
 * screenings run then, so the results never wait for the curve.
 */
function Chart(props: { outcome: Outcome }) {
  const { t } = useI18n();
  const chart = useLazy(loadChart);
  const { input, packs, determination } = props.outcome;
  const curve = useMemo<WhatIf | null>(
    () => (chart ? whatIf(input, packs) : null),
    [chart, props.outcome],
  );
  if (!(chart && curve)) return null;
  if (!curve.drawable) return <p class="note">{t('chart.noCurve')}</p>;
  return (
    <chart.WhatIfChart
      points={curve.points}
      income={curve.income}
      creditAtIncome={determination.aptcMonthly}
    />
  );
}
