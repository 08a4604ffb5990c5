import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jvmArgs, NEO4J_VERSION, parseJavaMajor, renderNeo4jConf, renderPom } from '../../src/managed-neo4j/config.js';
import { ManagedNeo4jError } from '../../src/managed-neo4j/errors.js';
import { resolveCommands } from '../../src/managed-neo4j/install.js';
import { formatSize, memoryFor, parseSize, recommendMemory } from '../../src/managed-neo4j/memory.js';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
/** A 24 GiB machine with no overrides in the environment. */
const machine24 = { totalBytes: 24 * GIB, env: {} };

const conf = (text: string) =>
  new Map(
    text
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)] as const;
      }),
  );

describe('parseJavaMajor', () => {
  const cases: Array<[string, number | null]> = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "21.0.4" 2024-07-16 LTS', 21],
    ['java version "1.8.0_292"\nJava(TM) SE Runtime Environment', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss1m\nopenjdk version "17.0.2" 2022-01-18', 17],
    ['openjdk 17.0.9 2023-10-17', 17],
    ['bash: java: command not found', null],
    ['', null],
  ];
  for (const [output, expected] of cases) {
    it(`reads ${expected ?? 'nothing'} from ${JSON.stringify(output.split('\n')[0])}`, () => {
      assert.equal(parseJavaMajor(output), expected);
    });
  }
});

describe('renderNeo4jConf', () => {
  const settings = conf(renderNeo4jConf({ boltPort: 7801, memory: memoryFor('default', machine24) }));

  it('listens for Bolt on loopback only, on the given port, with HTTP off and auth on', () => {
    assert.equal(settings.get('server.default_listen_address'), '127.0.0.1');
    assert.equal(settings.get('server.bolt.listen_address'), '127.0.0.1:7801');
    assert.equal(settings.get('server.http.enabled'), 'false');
    assert.equal(settings.get('server.https.enabled'), 'false');
    assert.equal(settings.get('dbms.security.auth_enabled'), 'true');
  });

  it('bounds transactions and memory, and does not phone home', () => {
    assert.equal(settings.get('db.transaction.timeout'), '30s');
    assert.equal(settings.get('server.memory.pagecache.size'), '10240m');
    assert.equal(settings.get('dbms.memory.transaction.total.max'), '4096m');
    assert.equal(settings.get('dbms.usage_report.enabled'), 'false');
  });

  it('writes every setting once', () => {
    const keys = renderNeo4jConf({ boltPort: 7801, memory: memoryFor('x', machine24) })
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => line.split('=')[0]);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('takes another transaction timeout', () => {
    assert.equal(
      conf(renderNeo4jConf({ boltPort: 1, memory: memoryFor('x', machine24), transactionTimeout: '5s' })).get('db.transaction.timeout'),
      '5s',
    );
  });

  it('refuses a port that is no port', () => {
    assert.throws(() => renderNeo4jConf({ boltPort: 0, memory: memoryFor('x', machine24) }), RangeError);
    assert.throws(() => renderNeo4jConf({ boltPort: 70000, memory: memoryFor('x', machine24) }), RangeError);
  });
});

describe('recommendMemory: the rule of neo4j-admin server memory-recommendation (5.26)', () => {
  // Each line is what `neo4j-admin server memory-recommendation --memory=SIZE` printed (heap, page cache).
  const printed: Array<[string, string, string]> = [
    ['1g', '307m', '52m'],
    ['3g', '1300m', '512m'],
    ['8g', '3600m', '2g'],
    ['24g', '8g', '10g'],
    ['100g', '28600m', '59200m'],
  ];
  for (const [memory, heap, pageCache] of printed) {
    it(`recommends heap ${heap} and page cache ${pageCache} for ${memory}`, () => {
      const r = recommendMemory(parseSize(memory)!);
      assert.deepEqual([formatSize(r.heap), formatSize(r.pageCache)], [heap, pageCache]);
    });
  }

  it('gives every part more as the machine grows, and never hands out more than the machine has', () => {
    let previous = recommendMemory(256 * MIB);
    for (let gib = 0.5; gib <= 2048; gib *= 1.37) {
      const r = recommendMemory(gib * GIB);
      assert.ok(r.heap >= previous.heap && r.pageCache >= previous.pageCache && r.os >= previous.os, `at ${gib} GiB`);
      assert.ok(r.heap <= 31 * GIB, 'compressed oops stay on');
      assert.ok(r.os + r.heap + r.pageCache <= gib * GIB + 8 * MIB, `at ${gib} GiB`);
      previous = r;
    }
  });
});

describe('parseSize', () => {
  it('reads the units Neo4j and the JVM use, and refuses anything else', () => {
    assert.equal(parseSize('512m'), 512 * MIB);
    assert.equal(parseSize('2G'), 2 * GIB);
    assert.equal(parseSize('1.5g'), 1.5 * GIB);
    assert.equal(parseSize('4096k'), 4 * MIB);
    assert.equal(parseSize('2GiB'), 2 * GIB);
    for (const bad of ['', 'lots', '-1g', '0', '2 gigs', '1e9']) assert.equal(parseSize(bad), null, bad);
  });
});

describe('memoryFor', () => {
  it("sizes the default and the benchmark instance to the machine by Neo4j's rule", () => {
    for (const instance of ['default', 'bench']) {
      const m = memoryFor(instance, machine24);
      assert.deepEqual([m.heapInitial, m.heapMax, m.pageCache], ['8192m', '8192m', '10240m'], instance);
    }
    const small = memoryFor('default', { totalBytes: 4 * GIB, env: {} });
    assert.deepEqual([small.heapMax, small.pageCache], ['2048m', '512m']);
  });

  it('gives throwaway instances (tests) a small fixed share, whatever the machine', () => {
    for (const totalBytes of [4 * GIB, 24 * GIB, 256 * GIB]) {
      const m = memoryFor('test', { totalBytes, env: {} });
      assert.deepEqual([m.heapMax, m.pageCache], ['1024m', '256m']);
    }
  });

  it('takes ARGMAP_NEO4J_HEAP, ARGMAP_NEO4J_PAGECACHE and ARGMAP_NEO4J_MEMORY as overrides', () => {
    const heap = memoryFor('default', { totalBytes: 24 * GIB, env: { ARGMAP_NEO4J_HEAP: '2g' } });
    assert.deepEqual([heap.heapInitial, heap.heapMax, heap.pageCache], ['2048m', '2048m', '10240m']);
    const cache = memoryFor('test', { totalBytes: 24 * GIB, env: { ARGMAP_NEO4J_PAGECACHE: '3g' } });
    assert.deepEqual([cache.heapMax, cache.pageCache], ['1024m', '3072m']);
    const assumed = memoryFor('bench', { totalBytes: 24 * GIB, env: { ARGMAP_NEO4J_MEMORY: '8g' } });
    assert.deepEqual([assumed.heapMax, assumed.pageCache], ['3584m', '2048m']);
  });

  it('refuses an override that is no size, naming the variable', () => {
    assert.throws(() => memoryFor('default', { totalBytes: 24 * GIB, env: { ARGMAP_NEO4J_HEAP: 'big' } }), /ARGMAP_NEO4J_HEAP .*"big"/);
    assert.throws(() => memoryFor('default', { totalBytes: 24 * GIB, env: { ARGMAP_NEO4J_PAGECACHE: '1k' } }), /ARGMAP_NEO4J_PAGECACHE/);
  });

  it('keeps transactions under the heap: half for all together, a quarter for one', () => {
    const m = memoryFor('default', machine24);
    assert.deepEqual([m.transactionTotalMax, m.transactionMax], ['4096m', '2048m']);
  });

  it('puts the heap on the java command line, initial and maximum alike', () => {
    const args = jvmArgs(memoryFor('test', machine24), '/x/lib/*');
    assert.ok(args.includes('-Xms1024m'));
    assert.ok(args.includes('-Xmx1024m'));
    assert.deepEqual(args.slice(-2), ['-cp', '/x/lib/*']);
  });
});

describe('renderPom', () => {
  it('depends on the pinned org.neo4j:neo4j only', () => {
    const pom = renderPom();
    assert.match(pom, new RegExp(`<artifactId>neo4j</artifactId>\\s*<version>${NEO4J_VERSION.replaceAll('.', '\\.')}</version>`));
    assert.equal(pom.match(/<dependency>/g)?.length, 1);
  });
});

describe('resolveCommands', () => {
  it('prefers the options, then ARGMAP_JAVA / ARGMAP_MVN, then PATH', () => {
    assert.deepEqual(resolveCommands({ java: '/a/java', mvn: '/a/mvn' }, { ARGMAP_JAVA: '/b/java' }), { java: '/a/java', mvn: '/a/mvn' });
    assert.deepEqual(resolveCommands({}, { ARGMAP_JAVA: '/b/java', ARGMAP_MVN: '/b/mvn' }), { java: '/b/java', mvn: '/b/mvn' });
    assert.deepEqual(resolveCommands({}, { JAVA_HOME: '/does/not/exist' }), { java: 'java', mvn: 'mvn' });
  });
});

describe('ManagedNeo4jError', () => {
  it('says what happened and what to do in one line', () => {
    const error = new ManagedNeo4jError('Java is missing', 'install it.');
    assert.equal(error.message, 'Java is missing: install it.');
    assert.equal(error.hint, 'install it.');
    assert.ok(error instanceof Error);
  });
});
