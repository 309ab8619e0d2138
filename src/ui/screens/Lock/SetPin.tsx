import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPin, type PinProblem } from '../../../crypto';
import { useI18n } from '../../i18n/context';
import { useServices } from '../../services';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'refused'; problems: PinProblem[] }
  | { kind: 'mismatch' };

/**
 * A first PIN after an online sign-in, or a new one after a forgotten or disabled PIN. Trivial
 * PINs are refused with the reason (src/crypto/pin-policy.ts). The PIN is typed twice, masked,
 * with the numeric keypad and without autofill (P9).
 */
export function SetPin(props: { mode: 'create' | 'reset' }) {
  const { t } = useI18n();
  const { pinSetup } = useServices();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = checkPin(pin);
    if (problems.length > 0) {
      setState({ kind: 'refused', problems });
      first.current?.focus();
      return;
    }
    if (pin !== again) {
      setState({ kind: 'mismatch' });
      setAgain('');
      return;
    }
    setState({ kind: 'saving' });
    await pinSetup.setPin(pin);
  };

  const headingKey = props.mode === 'create' ? 'pin.create.heading' : 'pin.reset.heading';
  const introKey = props.mode === 'create' ? 'pin.create.intro' : 'pin.reset.intro';
  const errorId = state.kind === 'refused' || state.kind === 'mismatch' ? 'pin-error' : undefined;
  return (
    <section aria-labelledby="pin-heading">
      <h1 id="pin-heading" ref={heading} tabIndex={-1}>
        {t(headingKey)}
      </h1>
      <p>{t(introKey)}</p>
      {state.kind === 'refused' && (
        <div id="pin-error" class="error" role="alert">
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{t(`pinProblem.${p}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'mismatch' && (
        <p id="pin-error" class="error" role="alert">
          {t('pin.mismatch')}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="pin-new">{t('pin.label')}</label>
          <input
            id="pin-new"
            ref={first}
            type="password"
            inputMode="numeric"
            autocomplete="off"
            required
            aria-invalid={state.kind === 'refused'}
            aria-describedby={errorId}
            value={pin}
            onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="pin-again">{t('pin.confirm')}</label>
          <input
            id="pin-again"
            type="password"
            inputMode="numeric"
            autocomplete="off"
            required
            aria-invalid={state.kind === 'mismatch'}
            aria-describedby={errorId}
            value={again}
            onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button-primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('pin.saving') : t('pin.save')}
        </button>
      </form>
    </section>
  );
}
