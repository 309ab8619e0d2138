import { useI18n } from '../i18n/context';

/** An alert that says what happened and offers the one thing that helps: reloading the page. */
export function ReloadAlert(props: { message: string }) {
  const { t } = useI18n();
  return (
    <div class="reload-notice" role="alert">
      <p>{props.message}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
