import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import { useServices } from '../services';
import { ReloadAlert } from './ReloadAlert';

/**
 * Shown when a newer version of the app, in another tab, upgraded the database: this page stops
 * writing (its code expects the old schema) and offers a reload (fault matrix row 14).
 */
export function ReloadNotice() {
  const { t } = useI18n();
  const { onUpgradedElsewhere } = useServices();
  const [upgraded, setUpgraded] = useState(false);
  useEffect(() => onUpgradedElsewhere(() => setUpgraded(true)), [onUpgradedElsewhere]);
  if (!upgraded) return null;
  return <ReloadAlert message={t('app.upgradedElsewhere')} />;
}
