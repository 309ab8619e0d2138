import { useEffect, useState } from 'preact/hooks';
import type { StorageHealth } from '../../store/storage-health';
import { WATCHED_READS } from '../../store/watched-reads';
import { useServices } from '../services';
import { useWatched } from './use-watch';

/** Storage use changes slowly; reading it on every queue change would be wasted work. */
const STORAGE_REFRESH_MS = 30_000;

/** The queue, the last reconciliation and the storage, kept current for the health panel. */
export function useDeviceHealth() {
  const { outbox, reconciliation, storageHealth } = useServices();
  const summary = useWatched(WATCHED_READS.queueSummary, [outbox]);
  const check = useWatched(WATCHED_READS.reconciliation, [reconciliation]);
  const [storage, setStorage] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void storageHealth().then((h) => live && setStorage(h));
    read();
    const timer = setInterval(read, STORAGE_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [storageHealth]);
  return { summary, check, storage };
}
