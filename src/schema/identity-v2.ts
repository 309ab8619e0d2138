import { deferred, z } from './zod';

/**
 * Identity numbers of schema version 2, each with the format rules its issuer publishes, so that a
 * typing slip is caught at the field instead of by the exchange weeks later
 * (research/security-ux.md B6, B8).
 */

// SSA: no area 000, 666 or 900-999; no group 00; no serial 0000. Numbers that SSA says were
// published in advertisements and are used by mistake are refused too.
const ADVERTISED_SSNS = new Set(['078051120', '219099999', '123456789']);

/** "123-45-6789", "123 45 6789" or "123456789" → nine digits, or null when it is not that shape. */
export function ssnDigits(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

export const ssn = deferred(() =>
  z.string().check(
    z.regex(/^\d{9}$/, { error: 'An SSN has 9 digits' }),
    z.refine(
      (s) => {
        const area = s.slice(0, 3);
        return area !== '000' && area !== '666' && area[0] !== '9';
      },
      { error: 'No SSN starts with 000, 666 or 9', params: { code: 'ssn_area' }, abort: true },
    ),
    z.refine((s) => s.slice(3, 5) !== '00' && s.slice(5) !== '0000', {
      error: 'No SSN has 00 in the middle or 0000 at the end',
      params: { code: 'ssn_group_serial' },
      abort: true,
    }),
    z.refine((s) => !ADVERTISED_SSNS.has(s), {
      error: 'This number was published as an example and belongs to no one applying',
      params: { code: 'ssn_advertised' },
    }),
  ),
);

/** Why an applying member gives no SSN (the reasons HealthCare.gov's application offers). */
export const SSN_ABSENT_REASONS = [
  'applied_waiting',
  'not_eligible',
  'religious_exception',
  'other',
] as const;

/** The documents that show an eligible immigration status, by USCIS/CBP form. */
export const IMMIGRATION_DOCUMENTS = [
  'permanent_resident_card', // I-551
  'reentry_permit', // I-327
  'refugee_travel_document', // I-571
  'employment_authorization', // I-766
  'arrival_departure_record', // I-94
  'foreign_passport',
  'other',
] as const;
export type ImmigrationDocument = (typeof IMMIGRATION_DOCUMENTS)[number];

/** What each document carries, so the form asks for exactly that and checks its format. */
export const DOCUMENT_NUMBERS: Record<
  ImmigrationDocument,
  readonly ('aNumber' | 'cardNumber' | 'i94Number' | 'passportNumber' | 'description')[]
> = {
  permanent_resident_card: ['aNumber', 'cardNumber'],
  reentry_permit: ['aNumber'],
  refugee_travel_document: ['aNumber'],
  employment_authorization: ['aNumber', 'cardNumber'],
  arrival_departure_record: ['i94Number'],
  foreign_passport: ['passportNumber', 'i94Number'],
  other: ['description'],
};

/** USCIS A-number: 7 to 9 digits, printed with an "A" in front; kept as 9 digits. */
export function aNumberDigits(text: string): string | null {
  const digits = text.replace(/^\s*A[\s-]*/i, '').replace(/[\s-]/g, '');
  return /^\d{7,9}$/.test(digits) ? digits.padStart(9, '0') : null;
}

export const aNumber = deferred(() =>
  z.string().check(z.regex(/^\d{9}$/, { error: 'An A-number has 7 to 9 digits' })),
);
/** Receipt number on a green card or work permit: 3 letters (the service centre) and 10 digits. */
export const cardNumber = deferred(() =>
  z
    .string()
    .check(z.regex(/^[A-Z]{3}\d{10}$/, { error: '3 letters and 10 digits, like EAC1234567890' })),
);
/** I-94 admission number: 11 characters, digits with a letter in the 10th place on newer ones. */
export const i94Number = deferred(() =>
  z
    .string()
    .check(
      z.regex(/^\d{9}[A-Z0-9]\d$/, { error: '11 characters, like 12345678901 or 123456789A1' }),
    ),
);
export const passportNumber = deferred(() =>
  z.string().check(z.regex(/^[A-Z0-9]{6,12}$/, { error: '6 to 12 letters and digits' })),
);

export const immigrationDocument = deferred(() =>
  z
    .strictObject({
      type: z.enum(IMMIGRATION_DOCUMENTS),
      aNumber: z.optional(aNumber),
      cardNumber: z.optional(cardNumber),
      i94Number: z.optional(i94Number),
      passportNumber: z.optional(passportNumber),
      passportCountry: z.optional(
        z
          .string()
          .check(
            z.regex(/^[A-Z]{3}$/, { error: 'The 3-letter country code printed in the passport' }),
          ),
      ),
      description: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    })
    .check(
      z.superRefine((doc, ctx) => {
        const needed = DOCUMENT_NUMBERS[doc.type];
        for (const key of needed) {
          if (doc[key] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'Required for this document',
              params: { code: 'required' },
            });
          }
        }
        if (doc.type === 'foreign_passport' && doc.passportCountry === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['passportCountry'],
            message: 'Required for a passport',
            params: { code: 'required' },
          });
        }
        // Free text where the document has a format would let anything through (B8).
        if (doc.type !== 'other' && doc.description !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['description'],
            message: 'Only for a document not listed',
            params: { code: 'not_applicable' },
          });
        }
      }),
    ),
);
export type ImmigrationDocumentV2 = z.infer<typeof immigrationDocument>;
