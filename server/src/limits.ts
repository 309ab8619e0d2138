/** Largest application body accepted: far above any application, far below a memory problem. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Largest import: an exported outbox of up to 1,000 sealed applications of a few kilobytes each,
 * with room to spare. Read into memory whole, so bounded.
 */
export const MAX_IMPORT_BODY_BYTES = 16 * 1024 * 1024;
