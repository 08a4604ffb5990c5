import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSimilarityIndex, MAX_SIMILARITY_TEXT, textSimilarity } from '../../src/text/similarity.js';

/** Claims of one small map: two restatements of each of two claims, and unrelated ones. */
const CLAIMS = [
  { id: 'claim:deport-citizens', text: 'The government may not deport its own citizens to a foreign prison.' },
  { id: 'claim:deport-citizens-2', text: 'Sending American citizens to prisons abroad is not allowed for the government.' },
  { id: 'claim:cecot-abuse', text: 'Inmates at CECOT are held in inhumane conditions.' },
  { id: 'claim:cecot-abuse-2', text: 'Conditions for CECOT inmates are inhumane.' },
  { id: 'claim:budget', text: 'The city council approved the school budget on Tuesday.' },
  { id: 'claim:weather', text: 'Heavy rain is expected in the north this weekend.' },
  { id: 'claim:trains', text: 'Trains between the two cities will run every half hour.' },
];

describe('similarity: how likely two claim texts say the same thing', () => {
  it('ranks a rephrase of a claim above unrelated claims', () => {
    const index = buildSimilarityIndex(CLAIMS);
    const cecot = index.rank('Conditions for CECOT inmates are inhumane.', { first: 3, exclude: ['claim:cecot-abuse-2'] });
    assert.equal(cecot[0]?.id, 'claim:cecot-abuse');
    const deport = index.rank('Citizens cannot be deported by their government to a prison in a foreign country', { first: 3 });
    assert.equal(deport[0]?.id, 'claim:deport-citizens');
    assert.ok(
      deport.every((r) => !['claim:budget', 'claim:weather', 'claim:trains'].includes(r.id) || r.score < deport[0]!.score / 2),
      JSON.stringify(deport),
    );
  });

  it('scores in 0..1, best first, the same text 1, and leaves out what is excluded', () => {
    const index = buildSimilarityIndex(CLAIMS);
    const ranked = index.rank(CLAIMS[0]!.text, { first: 10 });
    assert.equal(ranked[0]?.id, 'claim:deport-citizens');
    assert.equal(ranked[0]?.score, 1);
    for (const [i, r] of ranked.entries()) {
      assert.ok(r.score > 0 && r.score <= 1, JSON.stringify(r));
      if (i > 0) assert.ok(ranked[i - 1]!.score >= r.score, 'best first');
    }
    const without = index.rank(CLAIMS[0]!.text, { first: 10, exclude: ['claim:deport-citizens'] });
    assert.ok(!without.some((r) => r.id === 'claim:deport-citizens'));
    assert.equal(index.rank(CLAIMS[0]!.text, { first: 1 }).length, 1);
    assert.equal(index.rank(CLAIMS[0]!.text, { first: 0 }).length, 0);
    assert.ok(index.rank(CLAIMS[0]!.text, { minScore: 0.9 }).every((r) => r.score > 0.9));
  });

  it('is symmetric and agrees with itself: scorePair is the rank score of the pair', () => {
    const index = buildSimilarityIndex(CLAIMS);
    const ab = index.scorePair('claim:cecot-abuse', 'claim:cecot-abuse-2');
    assert.equal(ab, index.scorePair('claim:cecot-abuse-2', 'claim:cecot-abuse'));
    assert.ok(ab > 0.3, String(ab));
    assert.equal(index.scorePair('claim:cecot-abuse', 'claim:nowhere'), 0);
    assert.equal(
      textSimilarity('Deportation of citizens', 'citizens deportation'),
      textSimilarity('citizens deportation', 'Deportation of citizens'),
    );
  });

  it('lowers the score when one text denies what the other says', () => {
    const plain = 'The death penalty deters crime.';
    const negated = 'The death penalty does not deter crime.';
    const restated = 'Crime is deterred by the death penalty.';
    assert.ok(
      textSimilarity(plain, negated) < textSimilarity(plain, restated),
      `${textSimilarity(plain, negated)} vs ${textSimilarity(plain, restated)}`,
    );
    assert.ok(textSimilarity(plain, negated) < 1);
    // Two denials say the same thing again.
    assert.equal(textSimilarity(negated, 'The death penalty does not deter crime'), 1);
  });

  it('reads lemmas and folds spellings: inflections and British forms match', () => {
    assert.ok(textSimilarity('The organisation deported the prisoners', 'The organization deports a prisoner') > 0.6);
    assert.ok(textSimilarity('Courts ruled against the policy', 'A court rules against policies') > 0.5);
  });

  it('answers 0, never fails, for empty, stop-word-only or odd input', () => {
    assert.equal(textSimilarity('', ''), 0);
    assert.equal(textSimilarity('', 'The government may deport citizens'), 0);
    assert.equal(textSimilarity('the of and', 'it is what it is'), 0);
    assert.equal(textSimilarity('???!!!', '...'), 0);
    assert.ok(Number.isFinite(textSimilarity('😀 ∑ ©', 'emoji and symbols')));
    const index = buildSimilarityIndex([]);
    assert.deepEqual(index.rank('anything'), []);
    assert.deepEqual(buildSimilarityIndex(CLAIMS).rank(''), []);
    // A very long text is read up to the bound, in bounded time and without error.
    const long = 'citizens prison '.repeat(MAX_SIMILARITY_TEXT);
    assert.ok(textSimilarity(long, 'citizens in prison') > 0);
  });

  it('gives the same ranking for the same items in any order (ties by id)', () => {
    const a = buildSimilarityIndex(CLAIMS).rank('inmates prison citizens', { first: 7 });
    const b = buildSimilarityIndex([...CLAIMS].reverse()).rank('inmates prison citizens', { first: 7 });
    assert.deepEqual(a, b);
  });
});
