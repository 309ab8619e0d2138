import { useEffect, useState } from 'preact/hooks';
import type { OutboxSender, SenderStatus } from '../../sync/sender';

/** What the status line says of a sender not started yet, or absent. */
export const IDLE_SENDER: SenderStatus = { state: 'idle' };

export function useSenderStatus(sender: OutboxSender | null): SenderStatus {
  const [status, setStatus] = useState<SenderStatus>(sender?.current ?? IDLE_SENDER);
  useEffect(() => sender?.subscribe(setStatus), [sender]);
  return status;
}
