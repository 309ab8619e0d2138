import { useEffect, useState } from 'preact/hooks';
import { listKeys } from '../../../schema/draft-v2';
import type { ApplicationRecord } from '../../../store/records';
import { StateBadge } from '../../components/StateBadge';
import { Button, TextField } from '../../ds';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../router';
import { memberName } from './wizard/steps';

/** The applicant's name as typed (first person of a version-2 draft), or null. */
export function displayName(app: ApplicationRecord): string | null {
  if (app.schemaVersion !== 1) {
    const first = listKeys(app.fields, 'members')[0];
    return first ? memberName(app.fields, first) : null;
  }
  const name = [app.fields['applicant.firstName'], app.fields['applicant.lastName']]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  return name || null;
}

/** Matches a search to names without minding case or accents ("jose" finds "José"). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search as the store applies it: does the applicant's name contain `query`? */
export function nameMatches(query: string): (app: ApplicationRecord) => boolean {
  const wanted = fold(query.trim());
  return (app) => fold(displayName(app) ?? '').includes(wanted);
}

function isToday(iso: string, now: Date): boolean {
  return new Date(iso).toDateString() === now.toDateString();
}

/** What the list shows: one page of the applications the search finds, and the counts. */
export interface ListProps {
  /** The newest applications the search finds, newest first: at most one page of them. */
  applications: ApplicationRecord[];
  /** How many the search finds in all (every stored one without a search). */
  matching: number;
  /** How many applications the device holds. */
  stored: number;
  query: string;
  onQuery: (query: string) => void;
  /** Shows the next page. */
  onMore: () => void;
  onNew: () => void;
}

/**
 * Assist home: today's applications first, each in its one visible state; search; start new.
 * A device can hold thousands: the list draws the newest page and says how many there are.
 */
export function ApplicationList(props: ListProps) {
  const { t, number } = useI18n();
  const drawn = useRowsDrawn();
  const now = new Date();
  const rows = props.applications.slice(0, drawn);
  const today = rows.filter((app) => isToday(app.updatedAt, now));
  const earlier = rows.filter((app) => !isToday(app.updatedAt, now));
  const hidden = props.matching - props.applications.length;
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading" tabIndex={-1}>
        {t('list.heading')}
      </h1>
      <Button variation="solid" onClick={props.onNew}>
        {t('list.new')}
      </Button>
      {props.stored === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <>
          <search>
            <TextField
              name="search"
              label={t('list.search')}
              autoComplete="off"
              value={props.query}
              onChange={(e) => props.onQuery(e.currentTarget.value)}
            />
          </search>
          {props.matching === 0 && <p role="status">{t('list.noMatch', { query: props.query })}</p>}
          <Group title={t('list.today')} apps={today} />
          <Group title={t('list.earlier')} apps={earlier} />
          {hidden > 0 && (
            <p class="list-more">
              {t('list.showing', {
                shown: number(props.applications.length),
                total: number(props.matching),
              })}{' '}
              <Button onClick={props.onMore}>{t('list.more')}</Button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Rows drawn in the list's first frame: more than a tablet's screen holds (about ten). The rest of
 * the page follows once that frame is painted: every row drawn at once was most of the time from
 * "Home" to the list on screen (issue 8), for rows nobody sees before scrolling.
 */
const FIRST_FRAME_ROWS = 12;

function useRowsDrawn(): number {
  const [all, setAll] = useState(false);
  // Preact runs effects after the frame that shows this render is painted.
  useEffect(() => setAll(true), []);
  return all ? Number.POSITIVE_INFINITY : FIRST_FRAME_ROWS;
}

function Group(props: { title: string; apps: ApplicationRecord[] }) {
  const { t, date, dateTime } = useI18n();
  if (props.apps.length === 0) return null;
  return (
    <>
      <h2>{props.title}</h2>
      <ul class="application-list">
        {props.apps.map((app) => (
          <li key={app.id} data-application-id={app.id}>
            <a href={hrefFor({ name: 'application', id: app.id })}>
              {displayName(app) ?? t(app.purged ? 'retention.listName' : 'list.untitled')}
            </a>{' '}
            <StateBadge status={app.status} />
            {app.receipt && (
              <span class="confirmation">
                {t('receipt.confirmation')}: <strong>{app.receipt.confirmationNumber}</strong>
              </span>
            )}
            {app.schemaVersion !== 1 &&
              app.status !== 'draft' &&
              app.status !== 'needs_attention' && (
                <a href={hrefFor({ name: 'receipt', id: app.id })}>{t('list.viewReceipt')}</a>
              )}
            <span class="meta">{t('list.started', { date: date(app.createdAt) })}</span>
            {app.lastAttempt && app.status !== 'submitted' && (
              <span class="meta" data-testid="row-last-attempt">
                {t('list.lastAttempt', {
                  time: dateTime(app.lastAttempt.at),
                  reason: t(`reason.${app.lastAttempt.outcome}`),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
