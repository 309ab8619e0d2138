import { useEffect, useState } from 'preact/hooks';
import type { OutboxSender, SenderStatus } from '../../sync/sender';

const IDLE: SenderStatus = { state: 'idle' };

export function useSenderStatus(sender: OutboxSender | null): SenderStatus {
  const [status, setStatus] = useState<SenderStatus>(sender?.current ?? IDLE);
  useEffect(() => sender?.subscribe(setStatus), [sender]);
  return status;
}
