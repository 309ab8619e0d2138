import { useI18n } from '../i18n/context';

/**
 * "Sign out (name)" under the status line: drawn by the status area, and on a reload's lock screen
 * before the store has loaded (App.tsx), in the same place, so nothing moves when it arrives.
 */
export function SignOutLine(props: { name: string; onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <p class="sign-out">
      <button type="button" class="button-link" onClick={props.onSignOut}>
        {t('signOut.button', { name: props.name })}
      </button>
    </p>
  );
}
