import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identify } from '../../src/api/graphql/auth.js';
import { parseApiKeys } from '../../src/config.js';
import { toGraphQLError } from '../../src/api/graphql/errors.js';
import { DomainError } from '../../src/domain/errors.js';
import { applyArgumentUpdate, validateArgument, type CurrentArgument, type RawArgument } from '../../src/domain/validate/argument.js';
import { applyActorUpdate } from '../../src/domain/validate/actor.js';
import { MAX_MERGED, validateMerge } from '../../src/domain/validate/merge.js';
import { idCandidates, labelOfId, slugify } from '../../src/domain/ids.js';
import { foldSpelling, toSearchQuery } from '../../src/domain/spelling.js';
import { decodeCursor, encodeCursor } from '../../src/api/graphql/connection.js';
import { isIsoDate, isIsoDateTime } from '../../src/domain/dates.js';
import { idOf, LIMITS, optionalText, optionalUrl, pageSize, pastPoint, pastPointOf, requiredText } from '../../src/domain/validation.js';

/** The code the API gives a domain error, and the field it names. */
const code = (e: unknown) => toGraphQLError(e)?.extensions.code;
const field = (e: unknown) => (e instanceof DomainError ? e.field : undefined);

describe('ids', () => {
  it('knows the label of a well-formed id and refuses malformed ones', () => {
    assert.equal(labelOfId('claim:citizens-cannot-be-deported'), 'Claim');
    assert.equal(labelOfId('provision:eighth-amendment'), 'Provision');
    for (const bad of ['claim:', 'Claim:x', 'claim:Upper', 'claim:a--b', 'claim:a b', 'thing:x', 'claim:-a', `claim:${'a'.repeat(120)}`]) {
      assert.equal(labelOfId(bad), null, bad);
    }
  });

  it('makes readable slugs and numbered alternatives', () => {
    assert.equal(slugify('The U.S. can’t send citizens to CECOT!'), 'the-u-s-cant-send-citizens-to-cecot');
    assert.equal(slugify('Ünïcode déjà vu'), 'unicode-deja-vu');
    assert.ok(slugify('word '.repeat(40)).length <= 60);
    assert.deepEqual(idCandidates('Actor', 'Pam Bondi', 3), ['actor:pam-bondi', 'actor:pam-bondi-2', 'actor:pam-bondi-3']);
  });

  it('idOf names the field and the expected type', () => {
    assert.equal(idOf('Claim', '  claim:x ', 'input.id'), 'claim:x');
    assert.throws(
      () => idOf('Claim', 'actor:x', 'input.premiseIds[0]'),
      (e) => code(e) === 'BAD_USER_INPUT' && field(e) === 'input.premiseIds[0]' && /actor id/.test((e as Error).message),
    );
    assert.throws(
      () => idOf('Claim', 'nope', 'id'),
      (e) => code(e) === 'BAD_USER_INPUT' && /not a valid id/.test((e as Error).message),
    );
  });
});

describe('strings and numbers', () => {
  it('trims, refuses empty and over-long text', () => {
    assert.equal(requiredText('  hello  ', 'input.text', 'text'), 'hello');
    assert.throws(
      () => requiredText('   ', 'input.text', 'text'),
      (e) => field(e) === 'input.text',
    );
    assert.throws(() => requiredText('x'.repeat(LIMITS.text + 1), 'input.text', 'text'), new RegExp(`at most ${LIMITS.text}`));
    assert.equal(optionalText('  ', 'input.note', 'note'), null);
    assert.equal(optionalText(undefined, 'input.note', 'note'), null);
  });

  it('accepts http(s) URLs only', () => {
    assert.equal(optionalUrl('https://example.org/a', 'input.url'), 'https://example.org/a');
    assert.throws(() => optionalUrl('javascript:alert(1)', 'input.url'), /http or https/);
    assert.throws(() => optionalUrl('not a url', 'input.url'), /not a valid URL/);
  });

  it('bounds page sizes', () => {
    assert.equal(pageSize(undefined), 20);
    assert.equal(pageSize(100), 100);
    assert.throws(
      () => pageSize(101),
      (e) => code(e) === 'BAD_USER_INPUT' && field(e) === 'first',
    );
    assert.throws(() => pageSize(-1));
  });

  it('checks calendar dates', () => {
    assert.equal(isIsoDate('2025-04-14'), true);
    assert.equal(isIsoDate('2025-02-30'), false);
    assert.equal(isIsoDate('14/04/2025'), false);
    for (const ok of ['2025-04-20T12:00:00Z', '2025-04-20T12:00Z', '2025-04-20T23:59:59.999+02:00', '2024-02-29T00:00:00-05:30']) {
      assert.equal(isIsoDateTime(ok), true, ok);
    }
    for (const bad of [
      '2025-02-30T00:00:00Z',
      '2025-04-20T24:00:00Z',
      '2025-04-20T12:60:00Z',
      '2025-04-20T12:00:60Z',
      '2025-04-20T12:00:00',
      '2025-04-20',
      '2025-04-20T12:00:00+24:00',
    ]) {
      assert.equal(isIsoDateTime(bad), false, bad);
    }
  });
});

describe('argument rules', () => {
  const base: RawArgument = { kind: 'ATTACK', attackKind: null, premiseIds: ['claim:a'], conclusionId: 'claim:b', targetArgumentId: null };
  const attackKind = (raw: RawArgument) => validateArgument(raw, 'input.').argument.attackKind;
  it('defaults attack kinds and accepts well-formed arguments', () => {
    assert.equal(attackKind(base), 'REBUT');
    assert.equal(attackKind({ ...base, conclusionId: null, targetArgumentId: 'argument:x' }), 'UNDERCUT');
    assert.equal(attackKind({ ...base, kind: 'SUPPORT' }), null);
  });
  it('keeps the order of linked premises and lists what the argument refers to', () => {
    const { argument, references } = validateArgument({ ...base, kind: 'SUPPORT', premiseIds: ['claim:z', 'claim:a'] }, 'input.');
    assert.deepEqual(argument.premiseIds, ['claim:z', 'claim:a']);
    assert.deepEqual(
      references.map((r) => r.field),
      ['input.premiseIds[0]', 'input.premiseIds[1]', 'input.conclusionId'],
    );
  });
  it('refuses self-attack, self-undercut, missing or duplicate premises, and mismatched kinds', () => {
    const refuse = (arg: RawArgument, at: string, pattern: RegExp) =>
      assert.throws(
        () => validateArgument(arg, 'input.'),
        (e) => field(e) === at && pattern.test((e as Error).message),
      );
    refuse({ ...base, premiseIds: ['claim:b'] }, 'input.conclusionId', /cannot attack itself/);
    refuse({ ...base, premiseIds: [] }, 'input.premiseIds', /at least one premise/);
    refuse({ ...base, premiseIds: ['claim:a', 'claim:a'] }, 'input.premiseIds[1]', /twice/);
    refuse({ ...base, conclusionId: null }, 'input.conclusionId', /needs a conclusion/);
    refuse({ ...base, targetArgumentId: 'argument:x' }, 'input.targetArgumentId', /not both/);
    refuse({ ...base, kind: 'SUPPORT', attackKind: 'REBUT' }, 'input.attackKind', /only for ATTACK/);
    refuse({ ...base, attackKind: 'UNDERCUT' }, 'input.targetArgumentId', /UNDERCUT attacks another argument/);
    refuse({ ...base, id: 'argument:x', conclusionId: null, targetArgumentId: 'argument:x' }, 'input.targetArgumentId', /undercut itself/);
    refuse({ ...base, kind: 'CLAIM' }, 'input.kind', /one of SUPPORT, ATTACK/);
  });
});

describe('updates', () => {
  const argument: CurrentArgument = {
    id: 'argument:a',
    kind: 'ATTACK',
    attackKind: 'UNDERMINE',
    premiseIds: ['claim:p1', 'claim:p2'],
    conclusionId: 'claim:c',
    targetArgumentId: null,
    scheme: 'Argument from Rule',
    rationale: null,
  };
  const update = (input: Parameters<typeof applyArgumentUpdate>[1]) => applyArgumentUpdate(argument, input, 'input.').argument;

  it('change only the fields given; null clears an optional one; nothing given is refused', () => {
    assert.deepEqual(update({ rationale: 'Because', scheme: null }), { ...argument, rationale: 'Because', scheme: null });
    const actor = { id: 'actor:a', name: 'A', kind: 'PERSON' as const, description: 'a senator' };
    assert.deepEqual(applyActorUpdate(actor, { description: null }, 'input.'), { ...actor, description: null });
    assert.throws(
      () => applyActorUpdate(actor, { name: null }, 'input.'),
      (e) => field(e) === 'input.name',
    );
    assert.throws(
      () => update({}),
      (e) => code(e) === 'BAD_USER_INPUT' && field(e) === 'input',
    );
  });

  it('keep an attack kind while it fits, and make it again from the new shape when not', () => {
    assert.equal(update({ premiseIds: ['claim:p2'] }).attackKind, 'UNDERMINE');
    const undercut = update({ targetArgumentId: 'argument:b' });
    assert.deepEqual([undercut.attackKind, undercut.conclusionId, undercut.targetArgumentId], ['UNDERCUT', null, 'argument:b']);
    assert.equal(update({ kind: 'SUPPORT' }).attackKind, null);
    assert.throws(
      () => update({ kind: 'SUPPORT', attackKind: 'REBUT' }),
      (e) => field(e) === 'input.attackKind',
    );
  });

  it('refuse what a new argument may not be, naming the field', () => {
    assert.throws(
      () => update({ premiseIds: ['claim:c'] }),
      (e) => field(e) === 'input.conclusionId',
    );
    assert.throws(
      () => update({ conclusionId: 'claim:p2' }),
      (e) => field(e) === 'input.conclusionId',
    );
    assert.throws(
      () => update({ targetArgumentId: 'argument:a' }),
      (e) => field(e) === 'input.targetArgumentId',
    );
    assert.throws(
      () => update({ premiseIds: null }),
      (e) => field(e) === 'input.premiseIds',
    );
    assert.throws(
      () => update({ conclusionId: 'claim:c', targetArgumentId: 'argument:b' }),
      (e) => field(e) === 'input.targetArgumentId',
    );
  });
});

describe('search text', () => {
  it('folds British and American spellings onto one form', () => {
    assert.equal(foldSpelling('denaturalise'), foldSpelling('denaturalize'));
    assert.equal(foldSpelling('Denaturalisation'), foldSpelling('denaturalization'));
    assert.equal(foldSpelling('defence of the realm'), foldSpelling('defense of the realm'));
    assert.equal(foldSpelling('labour'), foldSpelling('labor'));
    assert.notEqual(foldSpelling('prison'), foldSpelling('person'));
  });
  it('strips Lucene operators from user text', () => {
    assert.equal(toSearchQuery('Eighth AND "Amendment"~2 (cruel)*'), 'eighth amendment 2 cruel');
    assert.equal(toSearchQuery('  ::  '), '');
  });
});

describe('cursors', () => {
  it('round-trip and refuse foreign strings', () => {
    assert.equal(decodeCursor(encodeCursor('claim:x')), 'claim:x');
    assert.equal(decodeCursor(null), null);
    assert.throws(
      () => decodeCursor('bm9wZQ'),
      (e) => code(e) === 'BAD_USER_INPUT' && field(e) === 'after',
    );
  });
});

describe('API keys', () => {
  const keys = parseApiKeys('alice:k1-secret-one:write,k2-secret-two,ops:k3-secret-three:admin,eve:k4-secret-four:read');

  it('reads name:key:role, name:key and plain keys; a plain key is named by a hash and may do everything', () => {
    assert.deepEqual(
      keys.map((k) => [k.name, k.role]),
      [
        ['alice', 'write'],
        [keys[1]!.name, 'admin'],
        ['ops', 'admin'],
        ['eve', 'read'],
      ],
    );
    assert.match(keys[1]!.name, /^key-[0-9a-f]{8}$/);
    assert.throws(() => parseApiKeys('a:short'), /shorter than 8/);
    assert.throws(() => parseApiKeys('a:long-enough-key:owner'), /role one of read, write, admin/);
    assert.throws(() => parseApiKeys('a:long-enough-key,a:another-long-key'), /used twice/);
    assert.throws(() => parseApiKeys('bad name:long-enough-key'), /key name/);
  });

  it('reads a key scoped to one map (`@map:slug`), and refuses a malformed scope', () => {
    const [scoped, plain] = parseApiKeys('bot:k5-secret-five:write@map:the-bot-map,k6-secret-six@map:other');
    assert.deepEqual(scoped, { name: 'bot', key: 'k5-secret-five', role: 'write', mapId: 'map:the-bot-map' });
    assert.deepEqual([plain!.key, plain!.role, plain!.mapId], ['k6-secret-six', 'admin', 'map:other']);
    assert.throws(() => parseApiKeys('bot:k5-secret-five:write@map:Not_A_Slug'), /scoped with `@map:<slug>`/);
  });

  it('accepts a configured key with its name and role, refuses a wrong one, and reads anonymously without one', async () => {
    const credentials = { apiKeys: keys, tokens: null };
    assert.deepEqual((await identify('Bearer k1-secret-one', credentials)).reader, {
      kind: 'KEY',
      keyName: 'alice',
      role: 'EDITOR',
      mapId: null,
    });
    assert.deepEqual((await identify('Bearer k4-secret-four', credentials)).reader, {
      kind: 'KEY',
      keyName: 'eve',
      role: 'VIEWER',
      mapId: null,
    });
    assert.deepEqual((await identify('Bearer k3-secret-three', credentials)).reader, {
      kind: 'KEY',
      keyName: 'ops',
      role: 'OWNER',
      mapId: null,
    });
    const wrong = await identify('Bearer nope', credentials);
    assert.deepEqual(wrong.reader, { kind: 'ANONYMOUS' }, 'a wrong key reads anonymously');
    assert.match(wrong.refusal!, /not valid/);
    assert.match((await identify('Bearer a.b.c', credentials)).refusal!, /accepts no tokens/);
    assert.deepEqual(await identify(null, credentials), { reader: { kind: 'ANONYMOUS' }, writesOpen: true, refusal: null });
    assert.deepEqual((await identify('Basic k1-secret-one', credentials)).reader, { kind: 'ANONYMOUS' });
    assert.deepEqual(await identify('Bearer k1-secret-one', { apiKeys: [], tokens: null }), {
      reader: { kind: 'ANONYMOUS' },
      writesOpen: false,
      refusal: null,
    });
  });
});

describe('a point in the past', () => {
  /** The field and message a call is refused with. */
  const refusal = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      return { field: field(e), message: (e as Error).message };
    }
    assert.fail('accepted');
  };

  it('is one rule, for arguments (asOf, atRevision) and for text (a query string, a command-line option)', () => {
    assert.equal(pastPointOf(null, undefined), null);
    assert.equal(pastPoint(' ', ''), null);
    assert.deepEqual(pastPointOf(undefined, 0), { atRevision: 0 });
    assert.deepEqual(pastPoint(null, ' 12 '), { atRevision: 12 });
    assert.deepEqual(pastPointOf('2025-04-20T12:00:00Z', null), { asOf: '2025-04-20T12:00:00Z' });
    assert.deepEqual(pastPoint('2025-04-20T12:00:00+02:00', null), { asOf: '2025-04-20T12:00:00+02:00' });
    const cases: [() => unknown, () => unknown][] = [
      [() => pastPointOf('2025-04-20T12:00:00Z', 3), () => pastPoint('2025-04-20T12:00:00Z', '3')],
      [() => pastPointOf('2025-04-20T12:00:00Z', -1), () => pastPoint('2025-04-20T12:00:00Z', 'x')],
      [() => pastPointOf(null, -1), () => pastPoint(null, '-1')],
      [() => pastPointOf(null, 1.5), () => pastPoint(null, '1.5')],
      [() => pastPointOf('2025-04-20', null), () => pastPoint('2025-04-20', null)],
    ];
    for (const [args, text] of cases) assert.deepEqual(refusal(text), refusal(args));
    assert.deepEqual(refusal(cases[0]![0]), { field: 'atRevision', message: 'asOf and atRevision cannot be given together' });
    assert.deepEqual(refusal(cases[2]![0]), { field: 'atRevision', message: 'atRevision must be a revision number (0 or more)' });
    assert.equal(refusal(cases[4]![0]).field, 'asOf');
  });
});

describe('a merge', () => {
  const refused = (raw: { intoId: string; fromIds: string[] }, expected: string) => {
    try {
      validateMerge('Claim', raw);
    } catch (error) {
      assert.equal(code(error), 'BAD_USER_INPUT');
      assert.equal(field(error), expected);
      return;
    }
    assert.fail(`${JSON.stringify(raw)} was accepted`);
  };

  it('takes distinct ids of the label, the survivor apart, each merged one named by its field', () => {
    assert.deepEqual(validateMerge('Claim', { intoId: ' claim:s ', fromIds: ['claim:f', 'claim:g'] }), {
      intoId: 'claim:s',
      fromIds: ['claim:f', 'claim:g'],
      references: [
        { id: 'claim:f', label: 'Claim', field: 'fromIds[0]' },
        { id: 'claim:g', label: 'Claim', field: 'fromIds[1]' },
      ],
    });
  });

  it('refuses none, too many, one twice, the survivor among them, and ids of another label', () => {
    refused({ intoId: 'claim:s', fromIds: [] }, 'fromIds');
    refused({ intoId: 'claim:s', fromIds: Array.from({ length: MAX_MERGED + 1 }, (_, i) => `claim:f${i}`) }, 'fromIds');
    refused({ intoId: 'claim:s', fromIds: ['claim:f', 'claim:f'] }, 'fromIds[1]');
    refused({ intoId: 'claim:s', fromIds: ['claim:f', ' claim:s'] }, 'fromIds[1]');
    refused({ intoId: 'actor:s', fromIds: ['claim:f'] }, 'intoId');
    refused({ intoId: 'claim:s', fromIds: ['actor:f'] }, 'fromIds[0]');
  });
});
