import { wholeApplicationByKeyboard } from './support/wizard-run';

// [E2E-5] in Spanish, on a phone and a tablet (e2e/support/wizard-run.ts).
wholeApplicationByKeyboard('es');
