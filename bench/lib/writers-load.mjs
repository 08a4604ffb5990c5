/* global fetch, performance, setTimeout, clearTimeout */
// The writers benchmark's load generator, a process of its own: `node writers-load.mjs '<options as JSON>'`.
// One writer per entry of `maps` (several entries may name the same map), each sending its next
// mutation as soon as the last one answered: a `createClaim` in its map, then a `createArgument`
// from that claim to the claim it created before, and so on. After `warmupSeconds` it prints
// {"event":"measuring"}, after `seconds` more it stops counting, waits for the writes under way and
// prints one line of JSON: writes answered in the window, errors (with the first messages),
// latency percentiles (ms) and the CPU seconds this process used in the window.
const { url, key, maps, seconds, warmupSeconds, tag } = JSON.parse(process.argv[2]);

const post = async (query, variables) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
};

const CREATE_CLAIM = 'mutation ($m: ID!, $t: String!) { createClaim(mapId: $m, input: { text: $t, kind: POLICY }) { id } }';
const CREATE_ARGUMENT =
  'mutation ($m: ID!, $p: ID!, $c: ID!) { createArgument(mapId: $m, input: { kind: SUPPORT, premiseIds: [$p], conclusionId: $c }) { id } }';

const started = performance.now();
const measureFrom = started + warmupSeconds * 1000;
const measureUntil = measureFrom + seconds * 1000;
const latencies = [];
const errors = [];
let cpuAtStart = null;
let writesInWindow = 0;

const timer = setTimeout(() => {
  cpuAtStart = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ event: 'measuring' })}\n`);
}, warmupSeconds * 1000);

/** Sends one mutation; counts it when it started and answered inside the window. */
async function timed(query, variables) {
  const t = performance.now();
  try {
    const data = await post(query, variables);
    const done = performance.now();
    if (t >= measureFrom && done <= measureUntil) {
      latencies.push(done - t);
      writesInWindow += 1;
    }
    return data;
  } catch (error) {
    errors.push(String(error.message ?? error));
    return null;
  }
}

async function writer(w, mapId) {
  let previous = null;
  for (let n = 0; performance.now() < measureUntil; n += 1) {
    const made = await timed(CREATE_CLAIM, { m: mapId, t: `Writer ${tag} ${w} claim ${n} on the cost of custody abroad` });
    const id = made?.createClaim.id ?? null;
    // A support from the claim just made to the one this writer made before it.
    if (id !== null && previous !== null && performance.now() < measureUntil)
      await timed(CREATE_ARGUMENT, { m: mapId, p: id, c: previous });
    previous = id ?? previous;
  }
}

await Promise.all(maps.map((mapId, w) => writer(w, mapId)));
clearTimeout(timer);
const used = process.cpuUsage(cpuAtStart ?? undefined);
latencies.sort((a, b) => a - b);
const at = (q) =>
  latencies.length ? Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1)) : null;
process.stdout.write(
  `${JSON.stringify({
    event: 'done',
    writes: writesInWindow,
    seconds,
    writesPerSecond: Number((writesInWindow / seconds).toFixed(1)),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    cpuSeconds: (used.user + used.system) / 1e6,
  })}\n`,
);
