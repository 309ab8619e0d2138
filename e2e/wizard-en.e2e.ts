import { wholeApplicationByKeyboard } from './support/wizard-run';

// [E2E-5] in English, on a phone and a tablet (e2e/support/wizard-run.ts).
wholeApplicationByKeyboard('en');
