import type { Context } from 'hono';
import { API_ERROR, problem } from './problems';
import { parseStrictJson } from './strict-json';

/**
 * The request's JSON body, strictly parsed (strict-json.ts), or the error answer to send instead:
 * 415 when the body does not say it is JSON, 400 when it is not (valid, strict) JSON.
 */
export async function readJsonBody(
  c: Context,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: problem(
        c,
        415,
        API_ERROR.unsupportedMediaType,
        'Send JSON (Content-Type: application/json)',
      ),
    };
  }
  const parsed = parseStrictJson(new Uint8Array(await c.req.arrayBuffer()));
  if (!parsed.ok) return { ok: false, response: problem(c, 400, parsed.code, parsed.message) };
  return { ok: true, value: parsed.value };
}
