import { useEffect, useState } from 'preact/hooks';
import type { OutboxSender, SenderStatus } from '../../sync/sender';

export function useSenderStatus(sender: OutboxSender): SenderStatus {
  const [status, setStatus] = useState<SenderStatus>(sender.current);
  useEffect(() => sender.subscribe(setStatus), [sender]);
  return status;
}
