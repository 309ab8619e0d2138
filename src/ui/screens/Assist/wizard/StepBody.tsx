import type { StepId } from './steps';
import { AuthorizationStep } from './steps/Authorization';
import { CitizenshipStep } from './steps/Citizenship';
import { ContactStep } from './steps/Contact';
import { CoverageStep } from './steps/Coverage';
import { HouseholdStep } from './steps/Household';
import { IdentityStep } from './steps/Identity';
import { IncomeStep } from './steps/Income';
import { ReviewStep } from './steps/Review';
import { SignatureStep } from './steps/Signature';
import { TaxStep } from './steps/Tax';

const BODIES: Record<StepId, () => preact.JSX.Element> = {
  authorization: AuthorizationStep,
  household: HouseholdStep,
  identity: IdentityStep,
  citizenship: CitizenshipStep,
  contact: ContactStep,
  income: IncomeStep,
  coverage: CoverageStep,
  tax: TaxStep,
  signature: SignatureStep,
  review: ReviewStep,
};

/** The questions of one step. */
export function StepBody(props: { step: StepId }) {
  const Body = BODIES[props.step];
  return <Body />;
}
