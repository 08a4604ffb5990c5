import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewerFrom } from '../../src/auth.js';
import { checkArgument } from '../../src/domain/arguments.js';
import { idCandidates, labelOfId, slugify } from '../../src/domain/ids.js';
import { foldSpelling, toSearchQuery } from '../../src/domain/spelling.js';
import { decodeCursor, encodeCursor } from '../../src/resolvers/connection.js';
import { isIsoDate } from '../../src/scalars.js';
import { idOf, LIMITS, optionalText, optionalUrl, pageSize, requiredText } from '../../src/validation.js';

const code = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;
const field = (e: unknown) => (e as { extensions?: { field?: string } }).extensions?.field;

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
  });
});

describe('argument rules', () => {
  const base = { kind: 'ATTACK' as const, attackKind: null, premiseIds: ['claim:a'], conclusionId: 'claim:b', targetArgumentId: null };
  it('defaults attack kinds and accepts well-formed arguments', () => {
    assert.equal(checkArgument(base, 'input.'), 'REBUT');
    assert.equal(checkArgument({ ...base, conclusionId: null, targetArgumentId: 'argument:x' }, 'input.'), 'UNDERCUT');
    assert.equal(checkArgument({ ...base, kind: 'SUPPORT' }, 'input.'), null);
  });
  it('refuses self-attack, missing or duplicate premises, and mismatched kinds', () => {
    const refuse = (arg: Parameters<typeof checkArgument>[0], at: string, pattern: RegExp) =>
      assert.throws(
        () => checkArgument(arg, 'input.'),
        (e) => field(e) === at && pattern.test((e as Error).message),
      );
    refuse({ ...base, premiseIds: ['claim:b'] }, 'input.conclusionId', /cannot attack itself/);
    refuse({ ...base, premiseIds: [] }, 'input.premiseIds', /at least one premise/);
    refuse({ ...base, premiseIds: ['claim:a', 'claim:a'] }, 'input.premiseIds[1]', /twice/);
    refuse({ ...base, conclusionId: null }, 'input.conclusionId', /needs a conclusion/);
    refuse({ ...base, targetArgumentId: 'argument:x' }, 'input.targetArgumentId', /not both/);
    refuse({ ...base, kind: 'SUPPORT', attackKind: 'REBUT' }, 'input.attackKind', /only for ATTACK/);
    refuse({ ...base, attackKind: 'UNDERCUT' }, 'input.targetArgumentId', /UNDERCUT attacks another argument/);
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
  it('accepts a configured key, refuses a wrong or missing one, and refuses all writes with none configured', () => {
    assert.deepEqual(viewerFrom('Bearer k2', ['k1', 'k2']), { canWrite: true, refusal: null });
    assert.equal(viewerFrom('Bearer nope', ['k1']).refusal, 'INVALID_KEY');
    assert.equal(viewerFrom(null, ['k1']).refusal, 'MISSING_KEY');
    assert.equal(viewerFrom('Basic k1', ['k1']).refusal, 'MISSING_KEY');
    assert.equal(viewerFrom('Bearer k1', []).refusal, 'NO_KEYS_CONFIGURED');
  });
});
