import { apiErrorBody } from '../../../src/schema/api-error';
import { auditBatch, auditBatchReport } from '../../../src/schema/audit';
import { applicationListing, listingQuery } from '../../../src/schema/backoffice';
import { exchangeConfig } from '../../../src/schema/config';
import {
  authorizationRecord,
  authorizationRecordReceipt,
} from '../../../src/schema/consent-record';
import { receipt } from '../../../src/schema/receipt';
import { recoveryKeyResponse } from '../../../src/schema/recovery-key';
import { exportBundle, importReport, sealedSubmission } from '../../../src/schema/sealed';
import { session, signInRequest } from '../../../src/schema/session';
import { submission } from '../../../src/schema/submission';
import { z } from '../../../src/schema/zod';

/**
 * The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json. Its schemas are generated
 * from the same zod schemas the server validates with (src/schema), and openapi.test.ts checks real
 * responses of every operation and status against it, so it cannot drift from what the server does.
 */

const health = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
});

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('ApiError') });
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'string' } },
};
const bearer = [{ bearer: [] }];
const deviceId = (required: boolean) => ({
  name: 'X-Device-Id',
  in: 'header',
  required,
  schema: { type: 'string', format: 'uuid' },
});
const DEVICE_ID_REQUIRED = deviceId(true);
const DEVICE_ID_OPTIONAL = deviceId(false);

const UNAUTHORIZED = error('No valid session token (sign in)');
const TOO_LARGE = error('The body is over the size limit');
const MALFORMED = error(
  'Not valid strict JSON (syntax, duplicate member names, nesting, encoding)',
);
const NOT_JSON = error('The body does not say it is JSON');
const STOPPING = { ...error('The server is stopping: try again shortly'), headers: retryAfter };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Enrollment Assist reference exchange API',
      version: '1',
      description:
        'The contract of DESIGN.md §4: idempotent application intake (plain or sealed), receipts, import of exported outboxes, assister sessions, and the staff back office.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ApiError: jsonSchema(apiErrorBody, 'output'),
        Receipt: jsonSchema(receipt, 'output'),
        Submission: jsonSchema(submission, 'input'),
        SealedSubmission: jsonSchema(sealedSubmission, 'input'),
        SignInRequest: jsonSchema(signInRequest, 'input'),
        Session: jsonSchema(session, 'output'),
        ExchangeConfig: jsonSchema(exchangeConfig, 'output'),
        ExportBundle: jsonSchema(exportBundle, 'input'),
        ImportReport: jsonSchema(importReport, 'output'),
        ApplicationListing: jsonSchema(applicationListing, 'output'),
        Health: jsonSchema(health, 'output'),
        RecoveryKey: jsonSchema(recoveryKeyResponse, 'output'),
        AuthorizationRecord: jsonSchema(authorizationRecord, 'input'),
        AuthorizationRecordReceipt: jsonSchema(authorizationRecordReceipt, 'output'),
        AuditBatch: jsonSchema(auditBatch, 'input'),
        AuditBatchReport: jsonSchema(auditBatchReport, 'output'),
      },
    },
    paths: {
      '/api/v1/applications': {
        post: {
          summary: 'Submit an application (idempotent by Idempotency-Key = application id)',
          security: bearer,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { oneOf: [ref('Submission'), ref('SealedSubmission')] },
              },
            },
          },
          responses: {
            '201': { description: 'Received for the first time: the receipt', ...json('Receipt') },
            '200': {
              description: 'A replay of the same key and content: the same receipt',
              ...json('Receipt'),
            },
            '400': error('Malformed JSON, or no Idempotency-Key'),
            '401': UNAUTHORIZED,
            '409': {
              ...error('A request with this key is still being processed'),
              headers: retryAfter,
            },
            '413': TOO_LARGE,
            '415': NOT_JSON,
            '422': error(
              'Content refused (field paths), key reused with other content, or a sealed body that cannot be opened',
            ),
            '503': STOPPING,
          },
        },
        get: {
          summary: 'Back office: applications received since a time (staff)',
          security: bearer,
          parameters: [
            {
              name: 'since',
              in: 'query',
              required: true,
              schema: { type: 'string', format: 'date-time' },
            },
            { name: 'after', in: 'query', required: false, schema: { type: 'string' } },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: jsonSchema(listingQuery.shape.limit, 'input'),
            },
          ],
          responses: {
            '200': { description: 'One page, oldest first', ...json('ApplicationListing') },
            '400': error('A bad query parameter'),
            '401': UNAUTHORIZED,
            '403': error('Not a staff account'),
          },
        },
      },
      '/api/v1/applications/export.csv': {
        get: {
          summary: 'Back office: CSV export of applications received since a time (staff)',
          security: bearer,
          parameters: [
            {
              name: 'since',
              in: 'query',
              required: true,
              schema: { type: 'string', format: 'date-time' },
            },
          ],
          responses: {
            '200': {
              description: 'UTF-8 CSV with a header row; formula-like cells neutralised',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            '400': error('A bad query parameter'),
            '401': UNAUTHORIZED,
            '403': error('Not a staff account'),
          },
        },
      },
      '/api/v1/applications/{id}': {
        get: {
          summary: 'The receipt of an application, to confirm after an ambiguous failure',
          security: bearer,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The receipt', ...json('Receipt') },
            '401': UNAUTHORIZED,
            '404': error('The exchange never received it'),
          },
        },
      },
      '/api/v1/imports': {
        post: {
          summary: 'Import an exported outbox; each item is deduplicated like a POST',
          security: bearer,
          requestBody: { required: true, ...json('ExportBundle') },
          responses: {
            '200': { description: 'One report per item', ...json('ImportReport') },
            '400': MALFORMED,
            '401': UNAUTHORIZED,
            '413': TOO_LARGE,
            '415': NOT_JSON,
            '422': error('Not an export file'),
          },
        },
      },
      '/api/v1/sessions': {
        post: {
          summary: 'Sign in: a bearer token with its expiry',
          requestBody: { required: true, ...json('SignInRequest') },
          responses: {
            '201': { description: 'Signed in', ...json('Session') },
            '400': MALFORMED,
            '401': error('Wrong name or password'),
            '415': NOT_JSON,
            '422': error('Not a sign-in request'),
            '429': {
              ...error('Too many attempts from this client, or the account is locked (AC-7)'),
              headers: retryAfter,
            },
          },
        },
      },
      '/api/v1/sessions/current': {
        delete: {
          summary: 'Sign out: the token presented stops working',
          security: bearer,
          responses: { '204': { description: 'Signed out' }, '401': UNAUTHORIZED },
        },
      },
      '/api/v1/recovery-keys': {
        post: {
          summary:
            "The signed-in assister's recovery key for the device in X-Device-Id (created on first use)",
          security: bearer,
          parameters: [DEVICE_ID_REQUIRED],
          responses: {
            '201': { description: 'Created for this assister and device', ...json('RecoveryKey') },
            '200': {
              description: 'The key this assister and device already had',
              ...json('RecoveryKey'),
            },
            '400': error('No X-Device-Id header, or not a UUID'),
            '401': error(
              'No valid session token, or a session signed in too long ago (sign_in_not_fresh)',
            ),
          },
        },
      },
      '/api/v1/authorizations': {
        post: {
          summary: 'Keep a consumer authorization or its revocation (idempotent by the record id)',
          security: bearer,
          parameters: [DEVICE_ID_OPTIONAL],
          requestBody: { required: true, ...json('AuthorizationRecord') },
          responses: {
            '201': {
              description: 'Kept for the first time',
              ...json('AuthorizationRecordReceipt'),
            },
            '200': {
              description: 'The same record again: nothing added',
              ...json('AuthorizationRecordReceipt'),
            },
            '400': error('Malformed JSON, or an X-Device-Id that is not a UUID'),
            '401': UNAUTHORIZED,
            '413': TOO_LARGE,
            '415': NOT_JSON,
            '422': error('Not an authorization record, or its id holds another record'),
          },
        },
      },
      '/api/v1/audit-events': {
        post: {
          summary: 'Keep a batch of audit events (no personal data; idempotent per event id)',
          security: bearer,
          parameters: [DEVICE_ID_OPTIONAL],
          requestBody: { required: true, ...json('AuditBatch') },
          responses: {
            '200': {
              description: 'How many were new and how many known',
              ...json('AuditBatchReport'),
            },
            '400': error('Malformed JSON, or an X-Device-Id that is not a UUID'),
            '401': UNAUTHORIZED,
            '413': TOO_LARGE,
            '415': NOT_JSON,
            '422': error('Not a batch of audit events (unknown fields are refused)'),
          },
        },
      },
      '/api/v1/config': {
        get: {
          summary: "The exchange's sealing key, accepted versions and limits (public)",
          responses: { '200': { description: 'The configuration', ...json('ExchangeConfig') } },
        },
      },
      '/api/v1/health': {
        get: {
          summary: 'Whether the server and its database answer',
          responses: {
            '200': { description: 'Healthy', ...json('Health') },
            '503': {
              description: 'The database does not answer, or the server is stopping',
              content: {
                'application/json': { schema: { oneOf: [ref('Health'), ref('ApiError')] } },
              },
            },
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
  };
}
