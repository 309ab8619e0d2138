import { useEffect, useRef } from 'preact/hooks';
import { applicationFromDraftV2 } from '../../../schema/draft-v2';
import type { ApplicationRecord } from '../../../store/records';
import { LastAttempt } from '../../components/LastAttempt';
import { StateBadge } from '../../components/StateBadge';
import { SyncNotice } from '../../components/SyncNotice';
import { Button } from '../../ds';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../router';
import { Figures } from '../Check/Figures';
import { type ChecklistItem, documentChecklist } from './checklist';
import { History } from './History';

/**
 * What the applicant keeps: the exchange's confirmation number and date (the only proof it was
 * received), what happens next and the documents to have ready. Printable; never shows an SSN.
 */
export function Receipt(props: { app: ApplicationRecord; submittedElsewhere?: boolean }) {
  const { app } = props;
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [app.id]);
  const converted = applicationFromDraftV2(app.fields);
  const application = converted.ok ? converted.application : null;
  const applicant = application?.members[0];
  const checklist = application ? documentChecklist(application) : [];

  return (
    <section aria-labelledby="receipt-heading">
      <p class="no-print">
        <a href={hrefFor({ name: 'list' })}>{t('receipt.backToList')}</a>
      </p>
      <h1 id="receipt-heading" ref={heading} tabIndex={-1}>
        {app.receipt ? t('receipt.heading') : t('form.heading')} <StateBadge status={app.status} />
      </h1>
      {props.submittedElsewhere && (
        <p class="error" role="alert">
          {t('form.alreadySubmitted')}
        </p>
      )}
      {applicant && (
        <p>
          {t('receipt.applicant')}:{' '}
          <strong>{`${applicant.firstName} ${applicant.lastName}`}</strong>
        </p>
      )}
      {app.receipt ? (
        <div class="receipt" data-testid="receipt">
          <p class="ds-u-margin--0">{t('receipt.confirmation')}</p>
          <p class="confirmation-number ds-u-margin--0" data-testid="confirmation-number">
            {app.receipt.confirmationNumber}
          </p>
          <p>
            {t('receipt.date')}: {dateTime(app.receipt.receivedAt)}
          </p>
        </div>
      ) : (
        <div class="card">
          <p>{t('receipt.notSent')}</p>
          <p class="ds-c-hint">{t('form.readOnly')}</p>
          <LastAttempt app={app} />
        </div>
      )}
      <SyncNotice app={app} />
      <h2>{t('receipt.nextHeading')}</h2>
      <ol>
        <li>{t('receipt.next1')}</li>
        <li>{t('receipt.next2')}</li>
        <li>{t('receipt.next3')}</li>
      </ol>
      {/* After the retention purge no answers are left to list documents or figures from. */}
      {!app.purged && (
        <>
          <h2>{t('receipt.checklistHeading')}</h2>
          {checklist.length === 0 ? (
            <p>{t('receipt.checklistNone')}</p>
          ) : (
            <ul data-testid="checklist">
              {checklist.map((item) => (
                <li key={`${item.kind}-${item.name}`}>{checklistText(i18n, item)}</li>
              ))}
            </ul>
          )}
          {/* The estimate the applicant was shown when the application was started from a check. */}
          <section class="screening-slot" aria-labelledby="screening-heading" data-slot="screening">
            <h2 id="screening-heading">{t('receipt.screeningHeading')}</h2>
            {app.screening ? (
              <>
                <p>
                  {t('receipt.screeningFrom', {
                    date: i18n.date(app.screening.screenedAt),
                    packs: app.screening.packVersions.join(', '),
                  })}
                </p>
                <ul>
                  {app.screening.determination.members.map((m) => (
                    <li key={m.index}>
                      {t('household.person', { n: m.index + 1 })}: {t(`program.${m.program}`)}
                    </li>
                  ))}
                </ul>
                <Figures determination={app.screening.determination} />
              </>
            ) : (
              <p>{t('receipt.screeningPending')}</p>
            )}
          </section>
        </>
      )}
      <History app={app} />
      <div class="button-row no-print">
        <Button variation="solid" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
      </div>
    </section>
  );
}

function checklistText(i18n: ReturnType<typeof useI18n>, item: ChecklistItem): string {
  const { t } = i18n;
  if (item.kind === 'immigration') {
    return t('checklist.immigration', {
      name: item.name,
      document: t(`documentKind.${item.document}` as Parameters<typeof t>[0]),
    });
  }
  return t(`checklist.${item.kind}`, { name: item.name });
}
