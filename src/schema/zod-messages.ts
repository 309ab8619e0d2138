import { z } from './zod';

/**
 * zod's English messages, for the exchange's error bodies and the command-line tools. zod/mini
 * loads no locale, so without this every message reads "Invalid input". The app does not import
 * this module (about 1 KB gzip of issue 8's budget): it words each problem by its code from its own
 * catalogs, in the user's language (src/ui/components/messages.ts).
 */
z.config(z.locales.en());
