/* global fetch, performance, setInterval, clearInterval */
// The soak's load generator, a process of its own: `node soak-load.mjs '<options as JSON>'`.
// `connections` workers send a mix of reads and writes to the service for `seconds`, each
// request as soon as the last one answered. Every `reportSeconds` it prints one line of JSON:
// requests, errors (5xx, 4xx other than 429, GraphQL errors, failed connections), refusals (429)
// and latency percentiles (ms) of that interval, and the errors' first messages.
const { url, key, connections, seconds, reportSeconds, claims, actors } = JSON.parse(process.argv[2]);

const pad = (i) => String(i).padStart(6, '0');
const pick = (n) => Math.floor(Math.random() * n);
const claimId = () => `claim:g${pad(pick(claims))}`;
let written = 0;
// The claims this soak created, oldest first: each is deleted again a while later, so the map keeps
// its size and a growing service shows a leak rather than a larger map.
const created = [];
const KEEP = 200;

// The mix: mostly reads, as a public map is used; about a write in three (creates, deletes, updates).
const OPERATIONS = [
  [
    30,
    'claim',
    () => ({
      query: 'query ($id: ID!) { claim(id: $id) { id text assertions { quote actor { name } } citations { provision { name } } } }',
      variables: { id: claimId() },
    }),
  ],
  [15, 'claims page', () => ({ query: '{ claims(first: 20) { totalCount edges { node { id text } } } }' })],
  [
    10,
    'search',
    () => ({
      query: 'query ($t: String!) { search(text: $t, first: 10) { score } }',
      variables: { t: ['prison', 'citizen', 'court', 'abroad', 'sentence'][pick(5)] },
    }),
  ],
  [
    12,
    'argumentGraph',
    () => ({
      query: 'query ($id: ID!) { argumentGraph(rootId: $id, depth: 2) { truncated nodes { id } edges { id } } }',
      variables: { id: claimId() },
    }),
  ],
  [8, 'claim status', () => ({ query: 'query ($id: ID!) { claim(id: $id) { status { label } } }', variables: { id: claimId() } })],
  [
    13,
    'createClaim',
    () => ({
      query:
        'mutation ($t: String!, $a: ID!) { createClaim(input: { text: $t, kind: POLICY, assertion: { actorId: $a, quote: "soak" } }) { id } }',
      variables: { t: `Soak claim ${process.pid}-${written++}`, a: `actor:g${pad(pick(actors))}` },
    }),
    true,
  ],
  [
    13,
    'deleteClaim',
    // The oldest claim the soak created, once more than KEEP are waiting; until then, a read.
    () =>
      created.length > KEEP
        ? { query: 'mutation ($id: ID!) { deleteClaim(id: $id) }', variables: { id: created.shift() } }
        : { query: '{ claims(first: 1) { totalCount } }' },
    true,
  ],
  [
    12,
    'updateClaim',
    () => ({
      query: 'mutation ($id: ID!, $t: String!) { updateClaim(id: $id, input: { text: $t }) { id } }',
      variables: { id: claimId(), t: `Claim revised during the soak, ${Date.now()}` },
    }),
    true,
  ],
];
const total = OPERATIONS.reduce((s, [w]) => s + w, 0);
const choose = () => {
  let r = Math.random() * total;
  for (const op of OPERATIONS) if ((r -= op[0]) < 0) return op;
  return OPERATIONS[0];
};

let interval = { latencies: [], errors: 0, refused: 0, messages: new Map() };
const end = Date.now() + seconds * 1000;
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);

async function worker() {
  while (Date.now() < end) {
    const [, name, body, write] = choose();
    const started = performance.now();
    let problem = null;
    let refused = false;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(write ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body()),
      });
      const text = await response.text();
      if (response.status === 429) refused = true;
      if (name === 'createClaim' && response.status === 200) {
        const id = /"createClaim":\{"id":"([^"]+)"/.exec(text)?.[1];
        if (id) created.push(id);
      } else if (response.status !== 200) problem = `${name}: HTTP ${response.status} ${text.slice(0, 160)}`;
      else if (text.includes('"errors"')) problem = `${name}: ${text.slice(0, 200)}`;
    } catch (error) {
      problem = `${name}: ${String(error?.cause?.code ?? error).slice(0, 160)}`;
    }
    interval.latencies.push(performance.now() - started);
    if (refused) interval.refused += 1;
    if (problem) {
      interval.errors += 1;
      interval.messages.set(problem, (interval.messages.get(problem) ?? 0) + 1);
    }
  }
}

const report = () => {
  const done = interval;
  interval = { latencies: [], errors: 0, refused: 0, messages: new Map() };
  const sorted = done.latencies.sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify({
      at: Date.now(),
      requests: sorted.length,
      errors: done.errors,
      refused: done.refused,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      messages: [...done.messages].slice(0, 5),
    })}\n`,
  );
};
const timer = setInterval(report, reportSeconds * 1000);
await Promise.all(Array.from({ length: connections }, worker));
clearInterval(timer);
report();
