import { randomInt } from 'node:crypto';
import { CONFIRMATION_ALPHABET } from '../../src/schema/receipt';

const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A fresh confirmation number like `EA-7K3F-9Q2D-M4XP`: 12 characters from a 31-letter alphabet
 * (~59 bits), drawn with a CSPRNG so that numbers cannot be guessed from one another.
 */
export function newConfirmationNumber(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) {
      group += CONFIRMATION_ALPHABET[randomInt(CONFIRMATION_ALPHABET.length)];
    }
    groups.push(group);
  }
  return `EA-${groups.join('-')}`;
}
