import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// The first screen of a test file lazy-loads the assist screens (a cold import, transformed on
// the spot): on the shared 2-core machine that alone can pass the default 1 s of findBy/waitFor.
// A wait still ends the moment the screen appears.
configure({ asyncUtilTimeout: 5_000 });

afterEach(async () => {
  cleanup();
  // Preact 11 runs effect cleanups of unmounted components after the next frame (rAF, then a
  // timeout). Let them run now, while the DOM exists, not after the environment is torn down
  // ("window is not defined" from a cleanup, seen on a loaded machine).
  if (typeof requestAnimationFrame !== 'function') return; // a test file under node
  await new Promise<void>((settled) => requestAnimationFrame(() => setTimeout(settled, 0)));
});
