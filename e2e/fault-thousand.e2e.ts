import { describe, expect, it } from 'vitest';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { textNow } from './support/session';

// Fault matrix row 21: a thousand applications queued offline, one of them refused (422). The
// queue is seeded through the page's own repository (not a thousand form fills); the drain is the
// real one, in Chromium, against the real server. Its speed is measured in `npm run bench`.

const COUNT = 1000;
const POISON_INDEX = 500;
/** Generous: a busy 2-core CI machine; the test waits for the observable end, never sleeps. */
const DRAINED_WITHIN_MS = 240_000;

const suite = useFaultSuite();

describe('a large backlog', () => {
  it(
    '[row 21] 1,000 queued, one refused: 999 land once each, 1 needs attention with its reason, nothing blocks',
    async () => {
      const { app, hooks, page, browser } = suite.session;
      await browser.context.setOffline(true);
      const ids = await hooks.seedQueued(COUNT, 'Backlog', 250);
      const poison = ids[POISON_INDEX] as string;
      await suite.faults.script({
        rules: [
          {
            key: poison,
            action: {
              kind: 'status',
              status: 422,
              body: {
                errors: [
                  {
                    path: 'application.members.0.incomes.0.amount',
                    code: 'income_unverifiable',
                    message: 'Income could not be verified against the federal data hub',
                  },
                ],
              },
            },
          },
        ],
      });
      // Watch one application's screen (not a list of a thousand) while the backlog drains.
      await app.goto(`${suite.server.url}/applications/${poison}`);
      await hooks.ready();
      await expect.poll(() => textNow(app.status)).toContain('1,000 applications waiting');

      const started = Date.now();
      await browser.context.setOffline(false);
      await expect
        .poll(() => textNow(app.status), { timeout: DRAINED_WITHIN_MS, interval: 500 })
        .toBe('Online · All applications sent');
      console.log(`[row 21] ${COUNT} applications drained in ${Date.now() - started} ms`);

      const apps = await hooks.applications();
      expect(apps.filter((a) => a.status === 'submitted')).toHaveLength(COUNT - 1);
      expect(apps.find((a) => a.id === poison)).toMatchObject({
        status: 'needs_attention',
        problems: ['application.members.0.incomes.0.amount:income_unverifiable'],
      });
      // The application's screen now opens at the refused field, with the reason on it.
      await page.waitForURL(/\/income#f-member-m1-income-i1-amount$/);
      await page.getByRole('heading', { level: 2, name: 'Needs attention' }).waitFor();
      expect(await app.fieldError('member.m1.income.i1.amount').textContent()).toContain(
        'The exchange did not accept this: Income could not be verified against the federal data hub',
      );
      const perKey = await suite.faults.postsPerKey();
      expect(perKey.size).toBe(COUNT);
      expect([...perKey.values()].every((n) => n === 1)).toBe(true);
      await expectNothingLostNothingDoubled(suite.faults, hooks, {
        landed: ids.filter((id) => id !== poison),
      });
    },
    DRAINED_WITHIN_MS + 120_000,
  );
});
