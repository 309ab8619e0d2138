import {
  createKeyHolder,
  createKeyring,
  importRecoveryKey,
  type KeyHolder,
  type KeyringOptions,
  type LockReason,
  MAX_FAILED_UNLOCKS,
  NO_FAILED_UNLOCKS,
  recordFailedUnlock,
  resetSecretWithRecovery,
  type SecretKind,
  UnlockFailedError,
  unlockGate,
  unlockWithRecovery,
  unlockWithSecret,
} from '../crypto';
import type { AuditAction } from '../schema/audit';
import { AuditRepo } from './audit';
import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import { ProfilesRepo } from './profiles';

/** How a PIN try ended. `wait` and `disabled` mean the PIN was not even tried. */
export type UnlockOutcome =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; failures: number }
  | { kind: 'wait'; untilMs: number }
  | { kind: 'disabled' }
  | { kind: 'no_profile' };

export type VaultState = { kind: 'locked' } | { kind: 'unlocked'; assisterId: string };

/**
 * The assisters' data keys on this device (DESIGN.md §6): sets a PIN up, unlocks with it (counting
 * each try before it runs), resets it with the server's recovery key, and locks. The unlocked key
 * lives only in the key holder; callers borrow it per operation with `dataKeyFor`.
 */
export class Vault {
  readonly profiles: ProfilesRepo;
  private readonly audit: AuditRepo;
  private readonly listeners = new Set<(state: VaultState) => void>();

  constructor(
    db: AssistDb,
    readonly holder: KeyHolder = createKeyHolder(),
    private readonly clock: Clock = systemClock,
    /** Only tests lower the PBKDF2 iterations. */
    private readonly keyringOptions: KeyringOptions = {},
  ) {
    this.profiles = new ProfilesRepo(db);
    this.audit = new AuditRepo(db);
    holder.onLock(() => this.emit());
  }

  state(): VaultState {
    const assisterId = this.holder.assisterId();
    return assisterId ? { kind: 'unlocked', assisterId } : { kind: 'locked' };
  }

  /** Called after every lock and unlock. Returns unsubscribe. */
  subscribe(listener: (state: VaultState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The data key for one operation of `assisterId`; LockedError when locked or held for another. */
  dataKeyFor(assisterId: string): CryptoKey {
    return this.holder.dataKeyFor(assisterId);
  }

  lock(reason: LockReason): void {
    const who = this.holder.assisterId();
    this.holder.lock(reason);
    if (who) void this.note('locked', who);
  }

  /** A security event for the audit log; a storage failure never stands in the way of a lock. */
  private note(what: AuditAction, who: string): Promise<void> {
    return this.audit.log(what, { who }).catch(() => undefined);
  }

  /**
   * First PIN of an assister on this device: a new random data key, wrapped by the PIN and by the
   * server's recovery key (given as released, base64url; used here and dropped), then unlocked.
   */
  async create(args: {
    assisterId: string;
    name: string;
    deviceId: string;
    secret: string;
    secretKind: SecretKind;
    recoveryKey: string;
  }): Promise<void> {
    const recovery = await importRecoveryKey(args.recoveryKey);
    const { keyring, dataKey } = await createKeyring(
      args.secret,
      args.secretKind,
      recovery,
      this.keyringOptions,
    );
    const now = this.clock.now().toISOString();
    await this.profiles.put({
      assisterId: args.assisterId,
      name: args.name,
      keyring,
      attempts: NO_FAILED_UNLOCKS,
      disabled: false,
      deviceId: args.deviceId,
      createdAt: now,
      updatedAt: now,
    });
    this.unlockWith(args.assisterId, dataKey);
  }

  /** A PIN try: gated by the lock policy, counted before PBKDF2 runs, cleared only on success. */
  async unlock(assisterId: string, secret: string): Promise<UnlockOutcome> {
    const nowMs = this.clock.now().getTime();
    const current = await this.profiles.get(assisterId);
    if (!current) return { kind: 'no_profile' };
    if (current.disabled) return { kind: 'disabled' };
    const gate = unlockGate(current.attempts, nowMs);
    if (gate.state === 'disabled') return { kind: 'disabled' };
    if (gate.state === 'wait') return { kind: 'wait', untilMs: gate.untilMs };

    const before = await this.profiles.countAttempt(
      assisterId,
      (attempts) => recordFailedUnlock(attempts, nowMs),
      new Date(nowMs).toISOString(),
    );
    if (!before) return { kind: 'no_profile' };
    try {
      const dataKey = await unlockWithSecret(before.keyring, secret);
      await this.profiles.clearAttempts(assisterId, this.clock.now().toISOString());
      this.unlockWith(assisterId, dataKey);
      await this.note('unlocked', assisterId);
      return { kind: 'unlocked' };
    } catch (error) {
      if (!(error instanceof UnlockFailedError)) throw error;
      const failures = before.attempts.failures + 1;
      const disabled = failures >= MAX_FAILED_UNLOCKS;
      await this.note(disabled ? 'pin_disabled' : 'unlock_failed', assisterId);
      return disabled ? { kind: 'disabled' } : { kind: 'wrong', failures };
    }
  }

  /**
   * After an online sign-in, when the PIN was neither forgotten nor disabled: the server's
   * recovery key opens the data key (the sign-in is the stronger proof), and the count is cleared.
   */
  async unlockWithRecoveryKey(assisterId: string, recoveryKey: string): Promise<UnlockOutcome> {
    const current = await this.profiles.get(assisterId);
    if (!current) return { kind: 'no_profile' };
    const dataKey = await unlockWithRecovery(current.keyring, await importRecoveryKey(recoveryKey));
    await this.profiles.clearAttempts(assisterId, this.clock.now().toISOString());
    this.unlockWith(assisterId, dataKey);
    return { kind: 'unlocked' };
  }

  /**
   * Forgotten or disabled PIN, after an online sign-in: the same data key (every draft stays
   * readable) under a new PIN with a new salt; the count and the disable are cleared.
   */
  async resetSecret(args: {
    assisterId: string;
    secret: string;
    secretKind: SecretKind;
    recoveryKey: string;
  }): Promise<UnlockOutcome> {
    const current = await this.profiles.get(args.assisterId);
    if (!current) return { kind: 'no_profile' };
    const { keyring, dataKey } = await resetSecretWithRecovery(
      current.keyring,
      await importRecoveryKey(args.recoveryKey),
      args.secret,
      args.secretKind,
      this.keyringOptions,
    );
    await this.profiles.put({
      ...current,
      keyring,
      attempts: NO_FAILED_UNLOCKS,
      disabled: false,
      updatedAt: this.clock.now().toISOString(),
    });
    this.unlockWith(args.assisterId, dataKey);
    return { kind: 'unlocked' };
  }

  private unlockWith(assisterId: string, dataKey: CryptoKey): void {
    this.holder.unlock(assisterId, dataKey);
    this.emit();
  }

  private emit(): void {
    const state = this.state();
    for (const listener of [...this.listeners]) listener(state);
  }
}
