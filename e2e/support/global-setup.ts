import { rmSync } from 'node:fs';
import { DATA_TEMPLATE_ENV, ServerProcess } from './server';

/**
 * Once per browser-test run: the server's data folder with the test assister in it, which every
 * test's server starts from a copy of. Workers start after this and inherit the variable.
 */
export async function setup(): Promise<() => void> {
  delete process.env[DATA_TEMPLATE_ENV];
  const template = await ServerProcess.makeTemplate();
  process.env[DATA_TEMPLATE_ENV] = template;
  return () => rmSync(template, { recursive: true, force: true });
}
