import { receipt } from './receipt';
import { deferred, z } from './zod';

/**
 * Most receipts in one answer of `GET /api/v1/receipts`. A full page means "ask again from the last
 * receipt's time": the client keeps asking until a page comes back shorter than this.
 */
export const RECEIPTS_PAGE_MAX = 500;

/** The query of `GET /api/v1/receipts?device=<deviceId>&since=<ISO datetime>`. */
export const receiptsQuery = deferred(() =>
  z.strictObject({
    device: z.uuid(),
    since: z.iso.datetime(),
  }),
);
export type ReceiptsQuery = z.infer<typeof receiptsQuery>;

/**
 * The answer: every receipt the exchange holds for applications sent from this device and received
 * at or after `since`, oldest first (at most RECEIPTS_PAGE_MAX). `serverTime` is the exchange's
 * clock: the list is complete up to that instant, and the client's next `since` is based on it,
 * never on the device's own clock (which may be wrong by hours). When the page is full,
 * `serverTime` is the last receipt's `receivedAt` instead.
 */
export const receiptsList = deferred(() =>
  z.strictObject({
    receipts: z.array(receipt).check(z.maxLength(RECEIPTS_PAGE_MAX)),
    serverTime: z.iso.datetime(),
  }),
);
export type ReceiptsList = z.infer<typeof receiptsList>;
