import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jvmArgs, memoryFor, NEO4J_VERSION, parseJavaMajor, renderNeo4jConf, renderPom } from '../../src/managed-neo4j/config.js';
import { ManagedNeo4jError } from '../../src/managed-neo4j/errors.js';
import { resolveCommands } from '../../src/managed-neo4j/install.js';

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
  const settings = conf(renderNeo4jConf({ boltPort: 7801, memory: memoryFor('default') }));

  it('listens for Bolt on loopback only, on the given port, with HTTP off and auth on', () => {
    assert.equal(settings.get('server.default_listen_address'), '127.0.0.1');
    assert.equal(settings.get('server.bolt.listen_address'), '127.0.0.1:7801');
    assert.equal(settings.get('server.http.enabled'), 'false');
    assert.equal(settings.get('server.https.enabled'), 'false');
    assert.equal(settings.get('dbms.security.auth_enabled'), 'true');
  });

  it('bounds transactions and memory, and does not phone home', () => {
    assert.equal(settings.get('db.transaction.timeout'), '30s');
    assert.equal(settings.get('server.memory.pagecache.size'), '1g');
    assert.equal(settings.get('dbms.memory.transaction.total.max'), '1g');
    assert.equal(settings.get('dbms.usage_report.enabled'), 'false');
  });

  it('writes every setting once', () => {
    const keys = renderNeo4jConf({ boltPort: 7801, memory: memoryFor('x') })
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => line.split('=')[0]);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('takes another transaction timeout', () => {
    assert.equal(
      conf(renderNeo4jConf({ boltPort: 1, memory: memoryFor('x'), transactionTimeout: '5s' })).get('db.transaction.timeout'),
      '5s',
    );
  });

  it('refuses a port that is no port', () => {
    assert.throws(() => renderNeo4jConf({ boltPort: 0, memory: memoryFor('x') }), RangeError);
    assert.throws(() => renderNeo4jConf({ boltPort: 70000, memory: memoryFor('x') }), RangeError);
  });
});

describe('memoryFor', () => {
  it('gives the default instance 2 GiB of heap and other instances less, keeping transactions under the heap', () => {
    assert.equal(memoryFor('default').heapMax, '2g');
    assert.equal(memoryFor('test').heapMax, '1g');
    assert.equal(memoryFor('test').pageCache, '256m');
  });

  it('puts the heap on the java command line', () => {
    const args = jvmArgs(memoryFor('test'), '/x/lib/*');
    assert.ok(args.includes('-Xms512m'));
    assert.ok(args.includes('-Xmx1g'));
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
