/**
 * Structured logs: one JSON object per line on stdout (errors on stderr), for a log shipper to read.
 *
 * NOTE: no personal data, ever. The fields a line may carry are listed in LogFields, and none of them
 * can hold an applicant's name, date of birth, income or address, a password, a token, a request
 * body or a client address. Assisters appear by their account id only (a mistyped sign-in name may
 * be a password typed in the wrong box, so names are never logged). Error messages are not logged
 * either (a database error can quote a value); only the error's class and code.
 */
export interface LogFields {
  requestId?: string;
  method?: string;
  /** The route pattern (`/api/v1/applications/:id`), never the raw path with its values. */
  route?: string;
  status?: number;
  ms?: number;
  assisterId?: string;
  applicationId?: string;
  outcome?: string;
  count?: number;
  errorName?: string;
  errorCode?: string;
  signal?: string;
  url?: string;
  database?: string;
  migrationsApplied?: string[];
  inFlight?: number;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (line: string, level: LogLevel) => void;

export interface Logger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
}

const consoleSink: LogSink = (line, level) => {
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
};

/** A logger writing JSON lines to `sink` (stdout/stderr by default; tests capture them). */
export function createLogger(sink: LogSink = consoleSink): Logger {
  return {
    log(level, msg, fields = {}) {
      sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }), level);
    },
  };
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = { log() {} };

/** The class and code of an error, without its message (which may quote personal data). */
export function errorFields(error: unknown): Pick<LogFields, 'errorName' | 'errorCode'> {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string'
    ? { errorName: error.name, errorCode: code }
    : { errorName: error.name };
}
