import type { SessionOwner } from '../db/sessions';

/** What middlewares hand to handlers through the Hono context. */
export type AppEnv = {
  Variables: {
    requestId: string;
    /** Set by requireSession on every route that needs a token. */
    assister: SessionOwner;
  };
};
