import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApplicationsRepo } from '../store/applications';
import type { UnsavedFields, WaitingExport } from '../store/export';
import type { ReconciliationState } from '../store/meta';
import type { OutboxRepo } from '../store/outbox';
import type { SessionRepo } from '../store/session';
import type { StorageHealth } from '../store/storage-health';
import type { Vault } from '../store/vault';
import type { PinSetup } from '../sync/pin-setup';
import type { OutboxSender } from '../sync/sender';
import type { SignInOutcome } from '../sync/session-client';

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
    unsaved: { applicationId: string; fields: UnsavedFields };
  }): Promise<WaitingExport>;
  storageHealth(): Promise<StorageHealth>;
  /** The last reconciliation with the exchange (a store read: watch it with useWatch). */
  reconciliation(): Promise<ReconciliationState | null>;
  /** A newer version of the app upgraded the storage: this page must reload. */
  onUpgradedElsewhere(listener: () => void): () => void;
  session: SessionRepo;
  /** Signs in online, keeps the token on the device, and resumes a paused outbox. */
  signIn(name: string, password: string): Promise<SignInOutcome>;
  /** Ends the session on the exchange (when reachable) and forgets the token here. */
  signOut(): Promise<void>;
  /** The assisters' data keys on this device: PIN unlock, lock (issue 7). */
  vault: Vault;
  /** The PIN step after an online sign-in (first PIN, forgotten PIN). */
  pinSetup: PinSetup;
}

/** Null while the store and the sender are still loading (they are not on the first screen). */
export const ServicesContext = createContext<Services | null>(null);

export function useServicesIfReady(): Services | null {
  return useContext(ServicesContext);
}

/**
 * The services while they start: a screen drawn before them (a returning device's lock screen,
 * read without the store: main.tsx) waits on this for what it does on input, not for its render.
 */
export const ServicesStartingContext = createContext<Promise<Services> | null>(null);

/** The services now if they are ready, else once they have started. */
export function useServicesLater(): () => Promise<Services> {
  const ready = useContext(ServicesContext);
  const starting = useContext(ServicesStartingContext);
  return () =>
    ready
      ? Promise.resolve(ready)
      : (starting ?? Promise.reject(new Error('useServicesLater outside its providers')));
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}
