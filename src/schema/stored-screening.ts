import type { Determination, ScreeningInputRaw } from './screening';

/**
 * A screening kept with the application it started (issue 3): what was screened, what the
 * screener decided, with which rule packs, and when. The receipt shows it as the estimate of help
 * with costs; the packs' versions say exactly which figures gave those dollars. It is a record of
 * what was shown to the applicant, never re-computed: a later pack does not change it.
 */
export interface StoredScreening {
  /** When the screening ran, on the device's clock (ISO datetime). */
  screenedAt: string;
  /** The input as given to the screener (`screeningInput` parses it). */
  input: ScreeningInputRaw;
  determination: Determination;
  /** `id@version` of each rule pack used (the same as `determination.packVersions`). */
  packVersions: string[];
}
