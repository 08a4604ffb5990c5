import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/config.js';

const run = promisify(execFile);

/** `docker compose` (v2 plugin) where present, else the standalone `docker-compose`. */
async function composeCommand(): Promise<string[] | null> {
  for (const candidate of [['docker', 'compose'], ['docker-compose']]) {
    try {
      await run(candidate[0]!, [...candidate.slice(1), 'version'], { cwd: REPO_ROOT });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

describe('docker-compose.yml', () => {
  it('is a valid compose file (docker compose config -q)', async (t) => {
    const compose = await composeCommand();
    if (!compose) {
      t.skip(
        'docker-compose.yml not validated: neither `docker compose` nor `docker-compose` is installed (`apt-get install docker-compose`, as .ci/run does, makes this test run)',
      );
      return;
    }
    await run(compose[0]!, [...compose.slice(1), '-f', 'docker-compose.yml', 'config', '-q'], { cwd: REPO_ROOT });
  });

  it('runs Neo4j 5.26 community with a healthcheck, Redis, and two replicas of the service after them', async () => {
    const text = await readFile(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    assert.match(text, /image: redis:7-alpine/);
    assert.match(text, /ARGMAP_REDIS_URL: redis:\/\/redis:6379/);
    assert.match(text, /argmap-2:\n\s+<<: \*argmap/);
    assert.match(text, /image: neo4j:5\.26-community/);
    assert.match(text, /healthcheck:/);
    assert.match(text, /condition: service_healthy/);
    assert.match(text, /NEO4J_URI: bolt:\/\/neo4j:7687/);
    assert.match(await readFile(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'), /CMD \["node", "bin\/argmap.js", "serve"\]/);
  });
});
