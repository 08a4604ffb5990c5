import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError } from '../../src/domain/errors.js';
import { mergeForeignIds, refuseForeignIds } from '../../src/repositories/graph-import.js';
import { mapOfFile } from '../../src/cli/maps.js';

describe('ids another map holds', () => {
  it('are merged per map across look-ups: counts added, the first few ids by id kept, the map holding most first', () => {
    const merged = mergeForeignIds([
      { mapId: 'map:b', count: 3, ids: ['claim:x', 'claim:y', 'claim:z'] },
      { mapId: 'map:a', count: 4, ids: ['claim:d', 'claim:e', 'claim:f', 'claim:g'] },
      { mapId: 'map:b', count: 3, ids: ['actor:a', 'claim:a', 'claim:w'] },
    ]);
    assert.deepEqual(merged, [
      { mapId: 'map:b', count: 6, ids: ['actor:a', 'claim:a', 'claim:w', 'claim:x', 'claim:y'] },
      { mapId: 'map:a', count: 4, ids: ['claim:d', 'claim:e', 'claim:f', 'claim:g'] },
    ]);
  });

  it('refuse a document with CONFLICT naming a few ids and their map, and where to import it instead', () => {
    assert.doesNotThrow(() => refuseForeignIds([]));
    assert.throws(
      () =>
        refuseForeignIds([
          { mapId: 'map:a', count: 7, ids: ['claim:a', 'claim:b', 'claim:c', 'claim:d', 'claim:e'] },
          { mapId: 'map:b', count: 1, ids: ['actor:x'] },
        ]),
      (error: unknown) => {
        assert.ok(error instanceof ConflictError);
        assert.equal(
          error.message,
          '8 ids of the document already belong to another map: 7 to map:a (claim:a, claim:b, claim:c, claim:d, claim:e, ...); ' +
            '1 to map:b (actor:x). Ids are unique across maps: import the document into map:a, or give these items other ids',
        );
        assert.equal((error.extra.foreignIds as unknown[]).length, 2);
        return true;
      },
    );
  });
});

describe('a map per file', () => {
  it('is named by the slug of the file name, without its extension', () => {
    assert.equal(mapOfFile('/x/us-2016/nodeset10013.json'), 'map:nodeset10013');
    assert.equal(mapOfFile('notes/Housing Policy.aif.json'), 'map:housing-policy');
    assert.equal(mapOfFile('notes/Seminar_2.argdown'), 'map:seminar-2');
  });
});
