/** Messages the console's tabs send each other about the session (never tokens). */
export type TabMessage = { type: 'signed-out' } | { type: 'signed-in' };

export const TAB_CHANNEL = 'flyte-console-auth';

export interface TabSync {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return data.type === 'signed-out' || data.type === 'signed-in';
}

/** One BroadcastChannel per tab; without BroadcastChannel, tabs simply do not hear each other. */
export function createTabSync(name = TAB_CHANNEL): TabSync {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  const listeners = new Set<(message: TabMessage) => void>();
  const onMessage = (event: MessageEvent) => {
    if (!isTabMessage(event.data)) return;
    for (const listener of listeners) listener(event.data);
  };
  channel?.addEventListener('message', onMessage);
  return {
    post: (message) => channel?.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      listeners.clear();
    },
  };
}
