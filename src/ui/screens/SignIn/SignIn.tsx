import { useEffect, useRef, useState } from 'preact/hooks';
import type { SignInOutcome } from '../../../sync/session-client';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../router';
import { useServices } from '../../services';

type Failure = Exclude<SignInOutcome, { kind: 'ok' }>;
type State = { kind: 'idle' } | { kind: 'signing_in' } | { kind: 'failed'; outcome: Failure };

/**
 * Sign-in with the account the exchange gave the assister (online, once per device and session).
 * Signing in never touches the outbox: what waits keeps its idempotency key and is sent once a
 * token is there. Plain markup: labels, one alert for the outcome, focus on the heading.
 */
export function SignIn(props: { onSignedIn: () => void; notice?: string }) {
  const { t, time } = useI18n();
  const { signIn } = useServices();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'signing_in' });
    const outcome = await signIn(name, password);
    if (outcome.kind === 'ok') {
      setPassword('');
      props.onSignedIn();
    } else {
      setState({ kind: 'failed', outcome });
    }
  };

  const message = (o: Failure): string => {
    switch (o.kind) {
      case 'failed':
        return t('signIn.error.failed');
      case 'locked':
        return o.retryAfterMs === null
          ? t('signIn.error.lockedLater')
          : t('signIn.error.locked', { time: time(Date.now() + o.retryAfterMs) });
      case 'rate_limited':
        return t('signIn.error.rateLimited');
      case 'offline':
        return t('signIn.error.offline');
      case 'error':
        return t('signIn.error.other', { status: o.status });
    }
  };

  return (
    <section aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" ref={heading} tabIndex={-1}>
        {t('signIn.heading')}
      </h1>
      <p>{t('signIn.intro')}</p>
      {/* An applicant on their own phone needs no account to check eligibility (issue 3). */}
      <p>
        {t('signIn.checkInstead')} <a href={hrefFor({ name: 'check' })}>{t('nav.check')}</a>
      </p>
      {props.notice && state.kind === 'idle' && (
        <p class="error" role="alert">
          {props.notice}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {message(state.outcome)}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="sign-in-name">{t('signIn.name')}</label>
          <input
            id="sign-in-name"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button-primary" disabled={state.kind === 'signing_in'}>
          {state.kind === 'signing_in' ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
