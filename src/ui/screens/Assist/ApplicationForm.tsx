import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiProblem } from '../../../schema/api-error';
import type { DraftV1Field } from '../../../schema/draft-v1';
import { US_STATES } from '../../../schema/us-states';
import { IllegalTransitionError, isEditableRecord } from '../../../store/lifecycle';
import type { ApplicationRecord } from '../../../store/records';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { LastAttempt } from '../../components/LastAttempt';
import { SaveProblems, SaveState } from '../../components/SaveFeedback';
import { StateBadge } from '../../components/StateBadge';
import { SyncNotice } from '../../components/SyncNotice';
import { useFieldSaves } from '../../hooks/use-field-saves';
import type { Translator } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../router';
import { useServices } from '../../services';
import {
  type FieldSpec,
  fieldId,
  generalProblems,
  messageKeyFor,
  problemsFor,
  SECTIONS,
} from './fields';

/** One application: editable fields while it is a draft, then its state and its receipt. */
export function ApplicationForm(props: { app: ApplicationRecord }) {
  const { app } = props;
  const { t, dateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [alreadySubmitted, setAlreadySubmitted] = useState(false);
  useEffect(() => heading.current?.focus(), [app.id]);

  return (
    <section aria-labelledby="form-heading">
      <p>
        <a href={hrefFor({ name: 'list' })}>{t('form.back')}</a>
      </p>
      <h1 id="form-heading" ref={heading} tabIndex={-1}>
        {t('form.heading')} <StateBadge status={app.status} />
      </h1>
      {app.receipt && (
        <div class="receipt" data-testid="receipt">
          <h2>{t('receipt.heading')}</h2>
          <p>
            {t('receipt.confirmation')}:{' '}
            <strong data-testid="confirmation-number">{app.receipt.confirmationNumber}</strong>
          </p>
          <p>{t('receipt.receivedAt', { time: dateTime(app.receipt.receivedAt) })}</p>
        </div>
      )}
      <SyncNotice app={app} />
      {app.status === 'queued' && <p class="note">{t('form.queuedNote')}</p>}
      {app.status === 'sending' && <p class="note">{t('form.sendingNote')}</p>}
      {app.status !== 'submitted' && <LastAttempt app={app} />}
      {/* Kept here, not in the editor: the screen turns read-only as the other tab's submit lands. */}
      {alreadySubmitted && (
        <p class="error" role="alert">
          {t('form.alreadySubmitted')}
        </p>
      )}
      {isEditableRecord(app) ? (
        <DraftEditor app={app} onAlreadySubmitted={() => setAlreadySubmitted(true)} />
      ) : (
        <ReadOnlyFields app={app} />
      )}
    </section>
  );
}

function DraftEditor(props: { app: ApplicationRecord; onAlreadySubmitted: () => void }) {
  const { app } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { applications, afterSubmit } = useServices();
  const [localProblems, setLocalProblems] = useState<ApiProblem[] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const saves = useFieldSaves((changes) => applications.updateFields(app.id, changes));
  const summary = useRef<HTMLDivElement>(null);
  // The exchange's complaints stay until the field is edited; local ones until the next submit.
  const problems = localProblems ?? app.problems ?? [];
  const save = (field: DraftV1Field, value: string) => saves.save({ [field]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitting(true);
    try {
      const result = await applications.submit(app.id);
      if (result.ok) {
        setLocalProblems(null);
        afterSubmit();
      } else {
        setLocalProblems(result.problems);
        requestAnimationFrame(() => summary.current?.focus());
      }
    } catch (error) {
      if (error instanceof IllegalTransitionError) props.onAlreadySubmitted();
      else saves.failed(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {app.status === 'needs_attention' && <p class="note">{t('form.needsAttentionNote')}</p>}
      {problems.length > 0 && (
        <ErrorSummary items={summaryItems(problems, i18n)} summaryRef={summary} />
      )}
      <SaveProblems saves={saves} applicationId={app.id} />
      <p class="ds-c-hint">{t('form.savedOnDevice')}</p>
      <SaveState saves={saves} />
      {SECTIONS.map((section) => (
        <fieldset class="ds-c-fieldset card" key={section.section}>
          <legend class="ds-c-label">{t(section.legend)}</legend>
          {section.fields.map((spec) => (
            <Field
              key={spec.field}
              spec={spec}
              initial={app.fields[spec.field] ?? ''}
              problems={problemsFor(spec.field, problems)}
              onChange={save}
            />
          ))}
        </fieldset>
      ))}
      <button type="submit" class="ds-c-button ds-c-button--solid" disabled={submitting}>
        {submitting ? t('form.submitting') : t('form.submit')}
      </button>
    </form>
  );
}

function Field(props: {
  spec: FieldSpec;
  initial: string;
  problems: ApiProblem[];
  onChange: (field: DraftV1Field, value: string) => void;
}) {
  const { spec, problems } = props;
  const { t, has } = useI18n();
  const id = fieldId(spec.field);
  const errorId = `${id}-error`;
  const invalid = problems.length > 0;
  const common = {
    id,
    name: spec.field,
    autocomplete: spec.autocomplete,
    class: `ds-c-field${invalid ? ' ds-c-field--error' : ''}`,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? errorId : undefined,
    onInput: (e: Event) =>
      props.onChange(spec.field, (e.currentTarget as HTMLInputElement | HTMLSelectElement).value),
  };
  return (
    <div class="ds-u-clearfix">
      <label class="ds-c-label" for={id}>
        {t(`field.${spec.field}`)}
      </label>
      {invalid && (
        <p class="ds-c-inline-error" id={errorId}>
          {problems.map((p) => describe(p, { t, has })).join(' ')}
        </p>
      )}
      {spec.kind === 'state' ? (
        // `selected` on the saved option, not `defaultValue` on the select: Preact applies the
        // latter before the options exist, and the choice would vanish on reload.
        <select {...common}>
          <option value="" selected={props.initial === ''}>
            {t('form.chooseState')}
          </option>
          {US_STATES.map((s) => (
            <option key={s} value={s} selected={s === props.initial}>
              {s}
            </option>
          ))}
        </select>
      ) : spec.kind === 'date' ? (
        <input {...common} type="date" defaultValue={props.initial} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputModeFor(spec.kind)}
          spellcheck={false}
          maxLength={spec.kind === 'zip' ? 5 : 100}
          defaultValue={props.initial}
        />
      )}
    </div>
  );
}

function inputModeFor(kind: FieldSpec['kind']): 'numeric' | 'decimal' | 'text' {
  if (kind === 'number' || kind === 'zip') return 'numeric';
  if (kind === 'money') return 'decimal';
  return 'text';
}

function describe(problem: ApiProblem, i18n: Pick<Translator, 't' | 'has'>): string {
  const { t, has } = i18n;
  const key = messageKeyFor(problem, has);
  return key ? t(key) : t('error.generic', { message: problem.message });
}

/** The error summary's lines: each field's problems in form order, then those of no field. */
function summaryItems(problems: ApiProblem[], i18n: Pick<Translator, 't' | 'has'>): SummaryItem[] {
  const { t } = i18n;
  const fieldItems = SECTIONS.flatMap((s) => s.fields).flatMap((spec) =>
    problemsFor(spec.field, problems).map((p) => ({
      href: `#${fieldId(spec.field)}`,
      text: `${t(`field.${spec.field}`)}: ${describe(p, i18n)}`,
    })),
  );
  return [
    ...fieldItems,
    ...generalProblems(problems).map((p) => ({ href: null, text: describe(p, i18n) })),
  ];
}

function ReadOnlyFields(props: { app: ApplicationRecord }) {
  const { t } = useI18n();
  return (
    <>
      <p class="ds-c-hint">{t('form.readOnly')}</p>
      <dl class="review-list">
        {SECTIONS.flatMap((s) => s.fields).map((spec) => (
          <div key={spec.field}>
            <dt>{t(`field.${spec.field}`)}</dt>
            <dd data-field={spec.field}>{props.app.fields[spec.field] ?? ''}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
