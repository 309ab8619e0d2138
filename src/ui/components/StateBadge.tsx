import type { ApplicationStatus } from '../../store/records';
import { useI18n } from '../i18n/context';

export function StateBadge(props: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return (
    <span class={`state-badge state-${props.status}`} data-state={props.status}>
      {t(`state.${props.status}`)}
    </span>
  );
}
