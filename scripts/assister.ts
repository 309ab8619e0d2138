// `npm run assister -- add NAME`: manage assister accounts on the server's database (issue 5).
// With the embedded database, which one process owns, it works while the server is stopped and
// says so when the server holds the database; with DATABASE_URL it works at any time.
import { CommandError, parseCommand, runCommand, USAGE } from '../server/src/admin/commands';
import { DataDirBusyError } from '../server/src/db/data-dir-lock';
import { migrate } from '../server/src/db/migrate';
import { openDatabase } from '../server/src/db/open';
import { settingsFromEnv } from '../server/src/settings';

const EXIT_USAGE = 1;
const EXIT_BUSY = 2;

/** A password typed on a terminal, not echoed; asked twice so a typo does not lock anyone out. */
async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((ok, fail) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stdout.write('\n');
          ok(typed);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          fail(new CommandError('Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** From a terminal: asked twice, hidden. Piped: the first line of standard input. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden('Password (8 or more characters; a few words work well): ');
    const again = await promptHidden('The same password again: ');
    if (first !== again) throw new CommandError('The two passwords differ: nothing was changed.');
    return first;
  }
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof CommandError ? error.message : USAGE);
    return EXIT_USAGE;
  }
  const settings = settingsFromEnv();
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase({
      databaseUrl: settings.databaseUrl,
      dataDir: settings.dataDir,
      role: 'assister-cli',
    });
  } catch (error) {
    if (error instanceof DataDirBusyError) {
      console.error(
        `${error.message}\nThe embedded database can be used by one program at a time: stop the server (Ctrl-C, or kill ${error.owner.pid}), run this again, then start the server. (With DATABASE_URL, accounts can be managed while the server runs.)`,
      );
      return EXIT_BUSY;
    }
    throw error;
  }
  try {
    await migrate(opened.db);
    console.log(await runCommand(opened.db, command, readPassword));
    return 0;
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    await opened.db.close();
  }
}

process.exitCode = await main();
