import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(async () => {
  cleanup();
  // Preact 11 runs effect cleanups of unmounted components after the next frame (rAF, then a
  // timeout). Let them run now, while the DOM exists, not after the environment is torn down
  // ("window is not defined" from a cleanup, seen on a loaded machine).
  if (typeof requestAnimationFrame !== 'function') return; // a test file under node
  await new Promise<void>((settled) => requestAnimationFrame(() => setTimeout(settled, 0)));
});
