import { useEffect, useRef, useState } from 'preact/hooks';
// From its module, not the crypto barrel: this screen is in the first screen's chunk (App.tsx).
import { MAX_FAILED_UNLOCKS } from '../../../crypto/lock-policy';
import type { ProfileRecord } from '../../../store/profiles';
import type { UnlockOutcome } from '../../../store/vault';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate } from '../../router';
import { type Services, useServicesLater } from '../../services';

type State = { kind: 'idle' } | { kind: 'checking' } | { kind: 'failed'; outcome: UnlockOutcome };

/**
 * The lock screen: who (when several assisters use this device), their PIN, and the two ways out
 * that need a connection: a forgotten PIN and another assister. It shows nothing personal.
 * After a reload it is drawn before the store has loaded (App.tsx): it needs the vault only once
 * a PIN is entered, and waits for it then.
 */
export function Unlock(props: {
  profiles: ProfileRecord[];
  preferred: string | null;
  autoLocked: boolean;
}) {
  const { t, plural, time } = useI18n();
  const services = useServicesLater();
  const initial = props.profiles.find((p) => p.assisterId === props.preferred) ?? props.profiles[0];
  const [who, setWho] = useState(initial?.assisterId ?? '');
  const [pin, setPin] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const pinInput = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const profile = props.profiles.find((p) => p.assisterId === who);
  const disabled =
    profile?.disabled || (state.kind === 'failed' && state.outcome.kind === 'disabled');

  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'checking' });
    let vault: Services['vault'];
    try {
      ({ vault } = await services());
    } catch {
      // The store did not load: the app says so itself (load-failure.ts); the PIN stays typed.
      setState({ kind: 'idle' });
      return;
    }
    const outcome = await vault.unlock(who, pin);
    setPin('');
    if (outcome.kind !== 'unlocked') {
      setState({ kind: 'failed', outcome });
      pinInput.current?.focus();
    }
  };

  const forgot = () =>
    services().then(
      ({ pinSetup }) => {
        pinSetup.askReset(who);
        navigate(hrefFor({ name: 'signIn' }));
      },
      // As for a PIN: the store did not load, and the app says so itself (load-failure.ts).
      () => undefined,
    );

  const message = (o: UnlockOutcome): string | null => {
    switch (o.kind) {
      case 'wrong':
        return plural('unlock.wrong', MAX_FAILED_UNLOCKS - o.failures);
      case 'wait':
        return t('unlock.wait', { time: time(o.untilMs) });
      case 'disabled':
        return t('unlock.disabled');
      default:
        return null;
    }
  };
  const error = state.kind === 'failed' ? message(state.outcome) : null;

  return (
    <section aria-labelledby="unlock-heading">
      <h1 id="unlock-heading" ref={heading} tabIndex={-1}>
        {t('unlock.heading')}
      </h1>
      {props.autoLocked && <p>{t('lock.autoLocked')}</p>}
      <p>{t('unlock.intro')}</p>
      {error && (
        <p id="unlock-error" class="error" role="alert">
          {error}
        </p>
      )}
      {!error && disabled && (
        <p id="unlock-error" class="error" role="alert">
          {t('unlock.disabled')}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        {props.profiles.length > 1 && (
          <div class="field">
            <label for="unlock-who">{t('unlock.who')}</label>
            <select
              id="unlock-who"
              value={who}
              onChange={(e) => {
                setWho((e.currentTarget as HTMLSelectElement).value);
                setState({ kind: 'idle' });
              }}
            >
              {props.profiles.map((p) => (
                <option key={p.assisterId} value={p.assisterId}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {!disabled && (
          <>
            <div class="field">
              <label for="unlock-pin">{t('unlock.pin')}</label>
              <input
                id="unlock-pin"
                ref={pinInput}
                type="password"
                inputMode="numeric"
                autocomplete="off"
                required
                aria-describedby={error ? 'unlock-error' : undefined}
                value={pin}
                onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <button type="submit" class="button-primary" disabled={state.kind === 'checking'}>
              {state.kind === 'checking' ? t('unlock.checking') : t('unlock.submit')}
            </button>
          </>
        )}
      </form>
      <p>
        <button type="button" class="button-link" onClick={() => void forgot()}>
          {t('unlock.forgot')}
        </button>
      </p>
      <p>
        <a href={hrefFor({ name: 'signIn' })}>{t('unlock.other')}</a>
      </p>
    </section>
  );
}
