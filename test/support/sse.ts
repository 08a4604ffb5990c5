/** A GraphQL subscription over Server-Sent Events: its events as they come, and a way to stop it. */
export interface SseSubscription<T> {
  /** The next `count` events (payload `data` of each `next` event), or a rejection after `timeoutMs`. */
  take(count: number, timeoutMs?: number): Promise<T[]>;
  close(): void;
}

export async function subscribeSse<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription<T>> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const queue: T[] = [];
  const waiters: (() => void)[] = [];
  let failure: Error | null = null;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'next' && data) {
            const payload = JSON.parse(data) as { data?: T; errors?: unknown };
            if (payload.errors) failure = new Error(JSON.stringify(payload.errors));
            else queue.push(payload.data as T);
            waiters.splice(0).forEach((w) => w());
          }
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) failure = error as Error;
    }
    waiters.splice(0).forEach((w) => w());
  })();
  return {
    async take(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length < count) {
        if (failure) throw failure;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} events, got ${queue.length}: ${JSON.stringify(queue)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return queue.splice(0, count);
    },
    close: () => abort.abort(),
  };
}
