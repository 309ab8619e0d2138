import { assisterName, type Role } from '../../../src/schema/session';
import { checkPassword, PASSWORD_PROBLEM_TEXT } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import {
  AssisterExistsError,
  AssisterNotFoundError,
  clearSignInFailures,
  createAssister,
  findAssister,
  listAssisters,
  revokeAllSessions,
  setDisabled,
  setPassword,
} from '../db/assisters';
import type { Db } from '../db/client';

/**
 * The account commands of `npm run assister` (scripts/assister.ts is the terminal around them).
 * Each returns the sentence to print, or throws a CommandError whose message says what to do.
 */
export class CommandError extends Error {
  override name = 'CommandError';
}

export const USAGE = `Usage: npm run assister -- COMMAND [NAME] [--staff]

  add NAME [--staff]   create an account (asks for the password; reads it from standard input when piped)
  passwd NAME          set a new password (ends the account's sessions)
  list                 list the accounts
  disable NAME         stop an account from signing in (ends its sessions); its applications stay
  enable NAME          allow a disabled account again
  unlock NAME          lift a sign-in lockout (5 failed sign-ins lock a name for an hour)
  sign-out NAME        end every session of an account (lost or stolen tablet)

The database is the server's: DATABASE_URL when set, else the embedded one in DATA_DIR (./data).`;

export type Command =
  | { kind: 'add'; name: string; role: Role }
  | { kind: 'passwd'; name: string }
  | { kind: 'list' }
  | { kind: 'disable' | 'enable' | 'unlock' | 'sign-out'; name: string };

/** Parses the command line (after `--`). Throws CommandError with the usage on anything else. */
export function parseCommand(args: readonly string[]): Command {
  const [verb, rawName, ...rest] = args;
  const staff = rest.includes('--staff') || rawName === '--staff';
  if (verb === 'list' && rawName === undefined) return { kind: 'list' };
  if (!verb || !rawName || rawName.startsWith('--')) throw new CommandError(USAGE);
  const name = assisterName.safeParse(rawName);
  if (!name.success)
    throw new CommandError(`"${rawName}" cannot be a name: ${name.error.issues[0]?.message}`);
  if (verb === 'add') return { kind: 'add', name: name.data, role: staff ? 'staff' : 'assister' };
  if (staff) throw new CommandError('--staff goes with add only');
  if (verb === 'passwd') return { kind: 'passwd', name: name.data };
  if (verb === 'disable' || verb === 'enable' || verb === 'unlock' || verb === 'sign-out') {
    return { kind: verb, name: name.data };
  }
  throw new CommandError(USAGE);
}

/** Refuses a weak password with every reason, in words. */
export function requireGoodPassword(password: string, name: string): void {
  const problems = checkPassword(password, { name });
  if (problems.length > 0) {
    throw new CommandError(
      `That password is refused: ${problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join('; ')}.`,
    );
  }
}

export async function runCommand(
  db: Db,
  command: Command,
  readPassword: () => Promise<string>,
): Promise<string> {
  try {
    switch (command.kind) {
      case 'add': {
        if (await findAssister(db, command.name)) throw new AssisterExistsError(command.name);
        const password = await readPassword();
        requireGoodPassword(password, command.name);
        await createAssister(db, {
          name: command.name,
          role: command.role,
          passwordHash: await hashPassword(password),
        });
        return `Created ${command.role === 'staff' ? 'staff account' : 'assister'} "${command.name}".`;
      }
      case 'passwd': {
        if (!(await findAssister(db, command.name))) throw new AssisterNotFoundError(command.name);
        const password = await readPassword();
        requireGoodPassword(password, command.name);
        await setPassword(db, command.name, await hashPassword(password));
        return `New password set for "${command.name}"; its sessions have ended.`;
      }
      case 'list': {
        const rows = await listAssisters(db);
        if (rows.length === 0) return 'No accounts yet: npm run assister -- add NAME';
        return rows
          .map(
            (r) =>
              `${r.name.padEnd(32)} ${r.role.padEnd(9)} ${r.disabled_at ? 'disabled' : 'active'}`,
          )
          .join('\n');
      }
      case 'disable':
      case 'enable':
        await setDisabled(db, command.name, command.kind === 'disable');
        return `"${command.name}" is ${command.kind}d.`;
      case 'unlock':
        if (!(await findAssister(db, command.name))) throw new AssisterNotFoundError(command.name);
        await clearSignInFailures(db, command.name);
        return `"${command.name}" can sign in again.`;
      case 'sign-out': {
        const row = await findAssister(db, command.name);
        if (!row) throw new AssisterNotFoundError(command.name);
        const n = await revokeAllSessions(db, row.id);
        return `Ended ${n} session${n === 1 ? '' : 's'} of "${command.name}".`;
      }
    }
  } catch (error) {
    if (error instanceof AssisterExistsError) {
      throw new CommandError(
        `${error.message}: use "passwd ${command.kind === 'add' ? command.name : ''}" to change its password.`,
      );
    }
    if (error instanceof AssisterNotFoundError)
      throw new CommandError(`${error.message}: see "list".`);
    throw error;
  }
}
