import { useEffect, useState } from 'preact/hooks';
import type { VaultState } from '../../store/vault';
import type { PinStep } from '../../sync/pin-setup';
import { useServices } from '../services';

/** Whose data key is unlocked, if anyone's; re-renders on every lock and unlock. */
export function useVaultState(): VaultState {
  const { vault } = useServices();
  const [state, setState] = useState<VaultState>(() => vault.state());
  useEffect(() => {
    setState(vault.state());
    return vault.subscribe(setState);
  }, [vault]);
  return state;
}

/** The PIN step after an online sign-in (none, set a PIN, or the recovery key failed). */
export function usePinStep(): PinStep {
  const { pinSetup } = useServices();
  const [step, setStep] = useState<PinStep>(() => pinSetup.current());
  useEffect(() => {
    setStep(pinSetup.current());
    return pinSetup.subscribe(() => setStep(pinSetup.current()));
  }, [pinSetup]);
  return step;
}
