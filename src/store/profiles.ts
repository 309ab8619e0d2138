import { isKeyring, MAX_FAILED_UNLOCKS, NO_FAILED_UNLOCKS, type UnlockAttempts } from '../crypto';
import type { AssistDb } from './db';
import { readProfile, readProfiles } from './profile-read';
import type { ProfileRecord } from './records';

export type { ProfileRecord };

/** The profiles table. Only this module and vault.ts write it. */
export class ProfilesRepo {
  constructor(private readonly db: AssistDb) {}

  async get(assisterId: string): Promise<ProfileRecord | undefined> {
    return readProfile(await this.db.profiles.get(assisterId));
  }

  /** Every assister with a PIN on this device, by name (for the lock screen). */
  async list(): Promise<ProfileRecord[]> {
    return readProfiles(await this.db.profiles.toArray());
  }

  /** The device id recovery keys are held under: the one a profile here already uses, or a new one. */
  async deviceId(): Promise<string> {
    const any = await this.db.profiles.toCollection().first();
    return any?.deviceId ?? crypto.randomUUID();
  }

  async put(profile: ProfileRecord): Promise<void> {
    await this.db.profiles.put(profile);
  }

  /**
   * Counts one wrong PIN before the try runs, in one transaction with the read, so two tabs
   * trying at once both count. Returns the profile as it was before this count.
   */
  async countAttempt(
    assisterId: string,
    next: (attempts: UnlockAttempts) => UnlockAttempts,
    nowIso: string,
  ): Promise<ProfileRecord | undefined> {
    return this.db.transaction('rw', this.db.profiles, async () => {
      const before = readProfile(await this.db.profiles.get(assisterId));
      if (!before) return undefined;
      const attempts = next(before.attempts);
      await this.db.profiles.put({
        ...before,
        attempts,
        disabled: before.disabled || attempts.failures >= MAX_FAILED_UNLOCKS,
        updatedAt: nowIso,
      });
      return before;
    });
  }

  /**
   * A successful unlock: the count goes back to zero. Also clears the disable that the count of
   * this very try set (the tenth PIN, right): the vault calls it only for a try the gate allowed.
   */
  async clearAttempts(assisterId: string, nowIso: string): Promise<void> {
    await this.db.transaction('rw', this.db.profiles, async () => {
      const current = readProfile(await this.db.profiles.get(assisterId));
      if (!current || !isKeyring(current.keyring)) return;
      await this.db.profiles.put({
        ...current,
        attempts: NO_FAILED_UNLOCKS,
        disabled: false,
        updatedAt: nowIso,
      });
    });
  }
}
