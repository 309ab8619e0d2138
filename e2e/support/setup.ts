import { afterEach, beforeEach } from 'vitest';
import { takeDiagnostics } from './browser';

// Every browser test: when one fails, print what its browsers logged (errors, failed requests,
// loads), which a screenshot or a timeout message never shows. Registered first, so it runs after
// each file's own afterEach has closed its browsers.
beforeEach(() => {
  takeDiagnostics();
});
afterEach((ctx) => {
  const logs = takeDiagnostics();
  if (ctx.task.result?.state !== 'fail') return;
  logs.forEach((lines, i) => {
    console.log(
      `── browser ${i + 1} of ${logs.length}: ${lines.length} events\n${lines.join('\n')}`,
    );
  });
});
