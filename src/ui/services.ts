import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DraftV1 } from '../schema/draft-v1';
import type { ApplicationsRepo } from '../store/applications';
import type { WaitingExport } from '../store/export';
import type { ReconciliationState } from '../store/meta';
import type { OutboxRepo } from '../store/outbox';
import type { StorageHealth } from '../store/storage-health';
import type { OutboxSender } from '../sync/sender';

/** What the screens may use, handed down from the composition root (main.tsx). */
export interface Services {
  applications: ApplicationsRepo;
  outbox: OutboxRepo;
  sender: OutboxSender;
  /** After a submit: wake the sender now and ask the browser to finish the job if the tab closes. */
  afterSubmit(): void;
  /** "Send now": a person asked; forgets the backoff and lifts a 401 pause for one try. */
  sendNow(): void;
  /** The waiting applications as a file, with what could not be saved (storage full), if any. */
  exportWaiting(unsaved?: {
    unsaved: { applicationId: string; fields: DraftV1 };
  }): Promise<WaitingExport>;
  storageHealth(): Promise<StorageHealth>;
  /** The last reconciliation with the exchange (a store read: watch it with useWatch). */
  reconciliation(): Promise<ReconciliationState | null>;
  /** A newer version of the app upgraded the storage: this page must reload. */
  onUpgradedElsewhere(listener: () => void): () => void;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}
