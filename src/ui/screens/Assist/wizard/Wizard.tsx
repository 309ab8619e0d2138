import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiProblem } from '../../../../schema/api-error';
import {
  AUTHORIZATION_RECORD_FIELD,
  applicationFromDraftV2,
  authorizationOf,
  authorizationProblems,
  type DraftV2,
} from '../../../../schema/draft-v2';
import {
  AUTHORIZATION_REVOKED_AT,
  changesAuthorization,
  fieldOfProblem,
  withAnswers,
} from '../../../../store/applications';
import { IllegalTransitionError } from '../../../../store/lifecycle';
import type { ApplicationRecord } from '../../../../store/records';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { problemMessage } from '../../../components/messages';
import { SaveProblems, SaveState } from '../../../components/SaveFeedback';
import { SyncNotice } from '../../../components/SyncNotice';
import { Alert, Button } from '../../../ds';
import { type FieldChanges, useFieldSaves } from '../../../hooks/use-field-saves';
import { useI18n } from '../../../i18n/context';
import { focusFragmentOr, hrefFor, navigate, redirect } from '../../../router';
import { useServices } from '../../../services';
import { type DraftApi, DraftContext, fieldId } from './draft-context';
import { StepBody } from './StepBody';
import { STEP_IDS, type StepId, stepOf } from './steps';
import { firstMemberFields } from './steps/Household';

/**
 * A version-2 application, one step at a time. Every change is saved as it happens; "Save and
 * continue" checks the step with the shared zod schema; the step is remembered so the application
 * reopens there. Nothing past the first step opens before the applicant's authorization (P1).
 */
export const Wizard = memo(WizardSteps, sameScreen);

interface WizardProps {
  app: ApplicationRecord;
  step: StepId | undefined;
  /**
   * Another tab or window submitted this application first (it was not submitted twice). The
   * screen that says so is the receipt this one turns into, so the parent keeps it.
   */
  onAlreadySubmitted: () => void;
}

/**
 * Whether the wizard would show the same thing. Its own keystrokes come back as a new record (the
 * screen watches the store) that differs only in its answers, which the wizard already holds, and
 * the time: redrawing every step's fields then, once a second while typing, landed on the next
 * keystroke (issue 8). Anything else about the record (its status, the exchange's problems, a
 * notice) still redraws. The callback is the parent's for this application (keyed by its id).
 */
function sameScreen(before: WizardProps, after: WizardProps): boolean {
  if (before.step !== after.step) return false;
  if (before.app === after.app) return true;
  const { fields: _f, updatedAt: _u, ...shown } = before.app;
  const { fields: _g, updatedAt: _v, ...next } = after.app;
  return JSON.stringify(shown) === JSON.stringify(next);
}

function WizardSteps(props: WizardProps) {
  const { app } = props;
  const { t, has } = useI18n();
  const { applications, afterSubmit } = useServices();
  const [fields, setFields] = useState<DraftV2>(() => withFirstMember(app.fields));
  // Problems found by "Save and continue" belong to the step they were found on.
  const [checked, setChecked] = useState<{ step: StepId; problems: ApiProblem[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const saves = useFieldSaves((changes) => applications.updateFields(app.id, changes));
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  // Checked again when an answer of the authorization changes, not at every keystroke elsewhere
  // (its zod check cost about 3 ms a key on a 4× slower CPU, issue 8), and only when asked: on the
  // authorization step itself, where the typing changes those answers, nothing needs it.
  const authorizationAnswers = answersUnder(fields, 'authorization.');
  const isAuthorized = useMemo(() => {
    let known: boolean | undefined;
    return () => {
      known ??= stepProblems(fields, 'authorization').length === 0;
      return known;
    };
  }, [authorizationAnswers]);
  const exchangeProblems = useMemo(
    () => (app.problems ?? []).map((p) => ({ ...p, path: fieldOfProblem(app, p) })),
    [app],
  );
  const step: StepId =
    props.step && (props.step === 'authorization' || isAuthorized()) ? props.step : 'authorization';

  // No step in the URL (or a step not open yet): go where the application was left.
  useEffect(() => {
    if (props.step === step) return;
    const target = props.step ? 'authorization' : resumeStep(app, exchangeProblems, isAuthorized());
    const fragment = props.step ? '' : firstProblemAnchor(exchangeProblems, target);
    redirect(hrefFor({ name: 'application', id: app.id, step: target }) + fragment);
  }, [props.step, step]);

  // The applicant is the first person: stored as soon as the application is opened.
  useEffect(() => {
    if (!(app.fields as DraftV2).members) save(firstMemberFields());
  }, [app.id]);

  useEffect(() => {
    if (props.step !== step) return;
    void applications.setStep(app.id, step);
    focusFragmentOr(heading.current);
  }, [step, props.step]);

  const save = (changes: FieldChanges) => {
    setFields((current) => withAnswers(current, changes));
    saves.save(changes);
    // A record the exchange keeps (the permission, or its withdrawal) goes out as a submission does.
    if (changesAuthorization(changes)) {
      void saves.settled().then(afterSubmit);
    }
  };

  const localProblems = checked?.step === step ? checked.problems : null;
  const problems = localProblems ?? exchangeProblems;
  const api: DraftApi = {
    id: app.id,
    fields,
    get: (path) => fields[path] ?? '',
    set: (path, value) => save({ [path]: value }),
    setMany: save,
    problemFor: (path) => problems.find((p) => p.path === path),
  };

  const index = STEP_IDS.indexOf(step);
  const next = STEP_IDS[index + 1];
  const previous = STEP_IDS[index - 1];

  const showProblems = (found: ApiProblem[]) => {
    setChecked({ step, problems: found });
    requestAnimationFrame(() => summary.current?.focus());
  };

  const onContinue = (event: Event) => {
    event.preventDefault();
    const found = stepProblems(fields, step);
    if (found.length > 0) return showProblems(found);
    if (step === 'authorization') recordAuthorization();
    if (next) navigate(hrefFor({ name: 'application', id: app.id, step: next }));
  };

  /**
   * Leaving the authorization step records the consumer's permission as it stands (P1), once: a
   * changed one is a new record, under a new id, that the exchange keeps too.
   */
  const recordAuthorization = () => {
    const authorization = authorizationOf(fields);
    const recorded = fields[AUTHORIZATION_RECORD_FIELD];
    const same = JSON.stringify(authorization);
    if (recorded && JSON.stringify(JSON.parse(recorded).authorization) === same) return;
    const record = { id: crypto.randomUUID(), recordedAt: new Date().toISOString(), authorization };
    save({ [AUTHORIZATION_RECORD_FIELD]: JSON.stringify(record) });
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    try {
      await saves.settled();
      const result = await applications.submit(app.id);
      if (result.ok) {
        afterSubmit();
        navigate(hrefFor({ name: 'receipt', id: app.id }));
      } else showProblems(result.problems);
    } catch (error) {
      if (error instanceof IllegalTransitionError) props.onAlreadySubmitted();
      else saves.failed(error);
    } finally {
      setSubmitting(false);
    }
  };

  const summaryItems: SummaryItem[] = problems.map((p) => {
    const label = p.path ? labelOf(p.path) : null;
    const message = problemMessage({ t, has }, p);
    return {
      href: p.path ? linkTo(app.id, step, p.path) : null,
      text: label ? `${label}: ${message}` : message,
    };
  });
  const revoked = Boolean(fields[AUTHORIZATION_REVOKED_AT]);

  return (
    <DraftContext.Provider value={api}>
      <p class="no-print">
        <a href={hrefFor({ name: 'list' })}>{t('form.back')}</a>
      </p>
      <p class="step-progress">{t('wizard.progress', { n: index + 1, total: STEP_IDS.length })}</p>
      <h1 id="step-heading" ref={heading} tabIndex={-1}>
        {t(`step.${step}`)}
      </h1>
      {app.status === 'needs_attention' && (
        <Alert variation="error" headingLevel="2" heading={t('state.needs_attention')}>
          {t('form.needsAttentionNote')}
        </Alert>
      )}
      {/* A correction says what it corrects, with a link to the original. */}
      <SyncNotice app={app} />
      {problems.length > 0 && <ErrorSummary items={summaryItems} summaryRef={summary} />}
      <SaveProblems saves={saves} applicationId={app.id} />
      <form noValidate onSubmit={step === 'review' ? onSubmit : onContinue}>
        <StepBody step={step} />
        <SaveState saves={saves} />
        <div class="button-row">
          {previous && (
            <Button href={hrefFor({ name: 'application', id: app.id, step: previous })}>
              {t('wizard.back')}
            </Button>
          )}
          {!revoked && (
            <Button type="submit" variation="solid" disabled={submitting}>
              {step === 'review'
                ? t(submitting ? 'form.submitting' : 'form.submit')
                : t('wizard.continue')}
            </Button>
          )}
        </div>
      </form>
    </DraftContext.Provider>
  );
}

/** The answers whose paths start with `prefix`, as one string that changes when any of them does. */
function answersUnder(fields: DraftV2, prefix: string): string {
  return JSON.stringify(Object.entries(fields).filter(([path]) => path.startsWith(prefix)));
}

/** A new application starts with its first person, the applicant (saved with the first answer). */
function withFirstMember(fields: DraftV2): DraftV2 {
  return fields.members ? fields : { ...firstMemberFields(), ...fields };
}

/** The problems the zod schema finds in one step's fields (all of them on the review step). */
export function stepProblems(fields: DraftV2, step: StepId): ApiProblem[] {
  if (step === 'authorization') return authorizationProblems(fields);
  const result = applicationFromDraftV2(withFirstMember(fields));
  if (result.ok) return [];
  return step === 'review'
    ? result.problems
    : result.problems.filter((p) => stepOf(p.path ?? '') === step);
}

function resumeStep(app: ApplicationRecord, refused: ApiProblem[], authorized: boolean): StepId {
  if (!authorized) return 'authorization';
  const first = refused.find((p) => p.path);
  if (first?.path) return stepOf(first.path);
  return STEP_IDS.find((s) => s === app.step) ?? 'authorization';
}

function firstProblemAnchor(refused: ApiProblem[], step: StepId): string {
  const first = refused.find((p) => p.path && stepOf(p.path) === step);
  return first?.path ? `#${fieldId(first.path)}` : '';
}

/** A problem's link: to its field on this step, or to its step with the field as the fragment. */
function linkTo(id: string, current: StepId, path: string): string {
  const step = stepOf(path);
  const anchor = `#${fieldId(path)}`;
  return step === current ? anchor : `${hrefFor({ name: 'application', id, step })}${anchor}`;
}

/** The visible label (or legend) of a field on screen, to name it in the error summary. */
function labelOf(path: string): string | null {
  const id = fieldId(path);
  const input = document.getElementById(id) as HTMLInputElement | null;
  const label = input?.labels?.[0]?.textContent;
  if (label) return label.trim();
  const choice = document.getElementById(`${id}__choice--0`);
  return choice?.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? null;
}
