/** Time and identity sources, injected so that repositories and tests agree on "now". */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export function newApplicationId(): string {
  return crypto.randomUUID();
}
