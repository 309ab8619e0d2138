import type { SecretKind } from '../crypto';
import type { Session } from '../schema/session';
import type { Vault } from '../store/vault';
import { type RecoveryKeyOutcome, requestRecoveryKey } from './recovery-client';

/** What the app shows after an online sign-in. */
export type PinStep =
  | { kind: 'none' }
  | { kind: 'set_pin'; mode: 'create' | 'reset'; assisterId: string; name: string }
  | { kind: 'recovery_failed'; reason: Exclude<RecoveryKeyOutcome['kind'], 'ok'> };

export interface PinSetupOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  /** This device's id (sent as X-Device-Id; the server keys the recovery key by it). */
  deviceId(): Promise<string>;
}

/**
 * The part of sign-in that touches the data key (DESIGN.md §6). Right after an online sign-in it
 * fetches the server's recovery key (only a fresh sign-in gets it) and then:
 * - no profile for this assister on this device: asks for a first PIN (a new data key);
 * - the PIN was forgotten (asked for on the lock screen) or disabled by ten wrong tries: asks for
 *   a new PIN, and the same data key is rewrapped, so no draft is lost;
 * - otherwise: the recovery key unlocks the data key at once.
 * The recovery key waits in memory only until the PIN is set, or the app locks.
 */
export class PinSetup {
  private step: PinStep = { kind: 'none' };
  private pending: { recoveryKey: string; deviceId: string } | null = null;
  private readonly resetAsked = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly vault: Vault,
    private readonly opts: PinSetupOptions,
  ) {
    vault.holder.onLock(() => this.forget());
  }

  current(): PinStep {
    return this.step;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** "Forgot PIN" on the lock screen: the next online sign-in of this assister sets a new one. */
  askReset(assisterId: string): void {
    this.resetAsked.add(assisterId);
  }

  async afterSignIn(session: Session): Promise<PinStep> {
    const assisterId = session.assister.id;
    const profile = await this.vault.profiles.get(assisterId);
    const deviceId = profile?.deviceId ?? (await this.opts.deviceId());
    const outcome = await requestRecoveryKey(session.token, deviceId, this.opts);
    if (outcome.kind !== 'ok') return this.set({ kind: 'recovery_failed', reason: outcome.kind });
    if (profile && !profile.disabled && !this.resetAsked.has(assisterId)) {
      // Another assister's key leaves memory first: switching assister locks.
      if (this.vault.state().kind === 'unlocked') this.vault.lock('switch-assister');
      await this.vault.unlockWithRecoveryKey(assisterId, outcome.recoveryKey);
      return this.set({ kind: 'none' });
    }
    if (this.vault.state().kind === 'unlocked') this.vault.lock('switch-assister');
    this.pending = { recoveryKey: outcome.recoveryKey, deviceId };
    return this.set({
      kind: 'set_pin',
      mode: profile ? 'reset' : 'create',
      assisterId,
      name: session.assister.name,
    });
  }

  /** Sets the PIN asked for by afterSignIn (already checked against the PIN policy). */
  async setPin(secret: string, secretKind: SecretKind = 'pin'): Promise<boolean> {
    const step = this.step;
    const pending = this.pending;
    if (step.kind !== 'set_pin' || !pending) return false;
    if (step.mode === 'create') {
      await this.vault.create({
        assisterId: step.assisterId,
        name: step.name,
        deviceId: pending.deviceId,
        secret,
        secretKind,
        recoveryKey: pending.recoveryKey,
      });
    } else {
      await this.vault.resetSecret({
        assisterId: step.assisterId,
        secret,
        secretKind,
        recoveryKey: pending.recoveryKey,
      });
    }
    this.resetAsked.delete(step.assisterId);
    this.pending = null;
    this.set({ kind: 'none' });
    return true;
  }

  /** Drops the recovery key and any PIN step (on lock, sign-out, or leaving the step). */
  forget(): void {
    this.pending = null;
    if (this.step.kind !== 'none') this.set({ kind: 'none' });
  }

  private set(step: PinStep): PinStep {
    this.step = step;
    for (const listener of [...this.listeners]) listener();
    return step;
  }
}
