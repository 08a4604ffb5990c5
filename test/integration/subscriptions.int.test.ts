// Live changes: subscriptions over SSE and WebSocket (graphql-ws), resuming from a revision, and
// two service processes sharing one Neo4j and one real redis-server.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { REPO_ROOT } from '../../src/config.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { startTestService, TEST_API_KEY, type TestService } from '../support/service.js';
import { subscribeSse } from '../support/sse.js';

type Event = { changes: { revision: number; operation: string; keyName: string; ids: string[] } };
const EVENT = 'revision operation keyName ids';
const ROOT = 'claim:us-should-send-convicted-citizens-to-el-salvador';

/** The next `count` events of a graphql-ws subscription. */
function wsEvents(client: Client, query: string) {
  const queue: Event[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  const stop = client.subscribe<Event>(
    { query },
    {
      next: (value) => {
        if (value.errors) failure = value.errors;
        else queue.push(value.data as Event);
        wake?.();
      },
      error: (error) => {
        failure = error;
        wake?.();
      },
      complete: () => undefined,
    },
  );
  return {
    async take(count: number, timeoutMs = 15_000): Promise<Event[]> {
      const deadline = Date.now() + timeoutMs;
      while (queue.length < count) {
        if (failure) throw new Error(JSON.stringify(failure));
        if (Date.now() > deadline) throw new Error(`expected ${count} events, got ${JSON.stringify(queue)}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
      return queue.splice(0, count);
    },
    stop,
  };
}

/**
 * Writes until the subscription delivers the write's event, then drops everything up to it: a
 * subscription starts listening a moment after its response starts (over Redis, after a
 * round trip), and what committed before that is not its to hear.
 */
async function whenLive(
  take: (count: number, timeoutMs?: number) => Promise<Event[]>,
  write: () => Promise<unknown>,
  currentRevision: () => Promise<number>,
): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await write();
    const target = await currentRevision();
    try {
      for (;;) {
        const [event] = await take(1, 2000);
        if (event!.changes.revision >= target) return;
      }
    } catch {
      // Not live yet: write again.
    }
  }
  throw new Error('the subscription never delivered an event');
}

const currentOf = (url: string) => async () => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ currentRevision }' }),
  });
  return ((await response.json()) as { data: { currentRevision: number } }).data.currentRevision;
};

describe('subscriptions', () => {
  let t: TestService;
  before(async () => {
    t = await startTestService({ seed: true });
  });
  after(() => t?.close());

  const update = (id: string, text: string) => t.gql(`mutation { updateClaim(id: "${id}", input: { text: "${text}" }) { id } }`);
  const create = (text: string) =>
    t.gql<{ createClaim: { id: string } }>(`mutation { createClaim(input: { text: "${text}", kind: VALUE }) { id } }`);

  it('over SSE: the changes of one node, each with its revision, operation and key name', async () => {
    const sub = await subscribeSse<Event>(t.url, `subscription { changes(nodeId: "${ROOT}") { ${EVENT} } }`);
    try {
      await whenLive(sub.take, () => update(ROOT, 'Warming up.'), currentOf(t.url));
      await update(ROOT, 'The US should send convicted citizens to El Salvador.');
      const [first] = await sub.take(1);
      assert.equal(first!.changes.operation, 'updateClaim');
      assert.deepEqual(first!.changes.ids, [ROOT]);
      assert.match(first!.changes.keyName, /^key-[0-9a-f]{8}$/, 'the key is named, never sent');
      assert.ok(!JSON.stringify(first).includes(TEST_API_KEY));
      // A write elsewhere is not this subscription's; the next event is the next change to the node.
      assert.equal((await create('Somewhere else entirely')).errors, undefined);
      await update(ROOT, 'The United States should send convicted citizens to El Salvador.');
      const [second] = await sub.take(1);
      assert.equal(second!.changes.operation, 'updateClaim');
      assert.equal(second!.changes.revision, first!.changes.revision + 2);
    } finally {
      sub.close();
    }
  });

  it('over WebSocket (graphql-ws): a neighbourhood hears a new assertion on its root, not writes outside it', async () => {
    const client = createClient({ url: `${t.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const sub = wsEvents(client, `subscription { changes(rootId: "${ROOT}", depth: 1) { ${EVENT} } }`);
    try {
      await whenLive(sub.take, () => update(ROOT, 'Warming up the neighbourhood.'), currentOf(t.url));
      assert.equal((await create('Outside the neighbourhood')).errors, undefined);
      const added = await t.gql<{ addAssertion: { id: string } }>(
        `mutation { addAssertion(input: { actorId: "actor:pam-bondi", sourceId: "source:abc-news-homegrown-criminals",
          claimId: "${ROOT}", quote: "homegrown criminals" }) { id } }`,
      );
      assert.equal(added.errors, undefined, JSON.stringify(added.errors));
      const [event] = await sub.take(1);
      assert.equal(event!.changes.operation, 'addAssertion');
      assert.deepEqual(event!.changes.ids, [added.data!.addAssertion.id]);
    } finally {
      sub.stop();
      await client.dispose();
    }
  });

  it('a subscriber that reconnects with afterRevision gets what it missed, in order, then live changes', async () => {
    const first = await subscribeSse<Event>(t.url, `subscription { changes { ${EVENT} } }`);
    await whenLive(first.take, () => update(ROOT, 'Warming up the feed.'), currentOf(t.url));
    await update(ROOT, 'Before the disconnect.');
    const [seen] = await first.take(1);
    first.close();
    const missed = [await create('Missed one'), await create('Missed two')];
    assert.ok(missed.every((r) => !r.errors));
    const resumed = await subscribeSse<Event>(t.url, `subscription { changes(afterRevision: ${seen!.changes.revision}) { ${EVENT} } }`);
    try {
      const replayed = await resumed.take(2);
      assert.deepEqual(
        replayed.map((e) => e.changes.revision),
        [seen!.changes.revision + 1, seen!.changes.revision + 2],
      );
      assert.deepEqual(
        replayed.map((e) => e.changes.ids[0]),
        missed.map((r) => r.data!.createClaim.id),
      );
      await update(ROOT, 'After the reconnect.');
      const [live] = await resumed.take(1);
      assert.equal(live!.changes.revision, seen!.changes.revision + 3);
    } finally {
      resumed.close();
    }
  });
});

/** A service process (`argmap serve`) on a free port; resolves with its URL once it is ready. */
async function startReplica(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'argmap.js'), 'serve'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the replica did not start: ${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /argmap ready: GraphQL (http:\/\/\S+)\/graphql/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the replica exited (${code}): ${output}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

describe('two replicas behind one Redis', () => {
  let redis: RedisServer;
  const replicas: Awaited<ReturnType<typeof startReplica>>[] = [];
  const KEY = 'replica-writer-key-0123';
  before(async () => {
    redis = await startRedis();
    const env = { ARGMAP_REDIS_URL: redis.url, ARGMAP_API_KEYS: `editor:${KEY}:write` };
    replicas.push(await startReplica(env), await startReplica(env));
  });
  after(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await redis?.stop();
  });

  it('a write on one replica reaches a subscriber on the other, and a read there right after the event sees it', async () => {
    const [a, b] = replicas;
    const sub = await subscribeSse<Event>(b!.url, `subscription { changes { ${EVENT} } }`);
    const post = (url: string, query: string, key?: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data?: Record<string, { id: string } | null>; errors?: unknown }>);
    try {
      await whenLive(
        sub.take,
        () => post(a!.url, 'mutation { createClaim(input: { text: "Warming up the replicas", kind: FACTUAL }) { id } }', KEY),
        currentOf(a!.url),
      );
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const made = await post(a!.url, `mutation { createClaim(input: { text: "Replicated ${i}", kind: FACTUAL }) { id } }`, KEY);
        assert.equal(made.errors, undefined, JSON.stringify(made.errors));
        const id = made.data!.createClaim!.id;
        ids.push(id);
        const [event] = await sub.take(1);
        assert.deepEqual(event!.changes.ids, [id]);
        assert.equal(event!.changes.keyName, 'editor');
        const read = await post(b!.url, `{ claim(id: "${id}") { id } }`);
        assert.equal(read.data!.claim?.id, id, 'the other replica reads the write it was told of');
      }
      assert.equal(new Set(ids).size, 5);
    } finally {
      sub.close();
    }
  });
});
