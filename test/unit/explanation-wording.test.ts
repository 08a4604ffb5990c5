import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EvaluationSnapshot, SEMANTICS, type Explanation, type MapAtRevision, type Semantics } from '../../src/domain/evaluation/index.js';
import { firstWords, joinSpeakers, LabelBook, shortLabels, speakerNames, type Speaker } from '../../src/domain/evaluation/wording.js';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { evaluationMapOf } from '../../src/interchange/formats.js';

/**
 * The wording rules of explanations, over every claim of the seed debate (read from
 * data/seed/debate.json, whatever it holds): each claim by a short label, speakers named, no
 * sentence giving a claim as its own reason, no text repeated within a sentence, bounded length.
 */

const doc = JSON.parse(readFileSync('data/seed/debate.json', 'utf8')) as GraphDocument;
const state: MapAtRevision = {
  key: 'seed',
  revision: 1,
  map: evaluationMapOf(doc),
  texts: new Map(doc.claims.map((c) => [c.id, c.text])),
  positions: [],
};
const actors = new Map(doc.actors.map((a) => [a.id, a]));

/** As the API does it: explain once for the claims involved, then again with their speakers' names. */
function explainInWords(snapshot: EvaluationSnapshot, id: string, semantics: Semantics): Explanation {
  const first = snapshot.explain(id, semantics)!;
  const speakers: Speaker[] = snapshot.speakersOf(first.claims.map((c) => c.id)).map((a) => actors.get(a)!);
  return snapshot.explain(id, semantics, null, speakers)!;
}

/** The claim labels a sentence quotes. */
const quoted = (sentence: string) => [...sentence.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);

/** The longest run of words that occurs twice in a sentence (ignoring the speakers' names, which may repeat in a list). */
function repeatedRun(sentence: string, run: number): string | null {
  const words = sentence
    .toLowerCase()
    .replace(/[“”:;,.—]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i + run <= words.length; i += 1) {
    const gram = words.slice(i, i + run).join(' ');
    if (seen.has(gram)) return gram;
    seen.add(gram);
  }
  return null;
}

const MAX_SENTENCE = 400;

describe('explanations in words, over every claim of the seed debate', () => {
  const snapshot = new EvaluationSnapshot(state);
  const labels = new Map(doc.claims.map((c) => [c.id, snapshot.shortLabel(c.id)]));

  it('gives each claim a short label of its own: a few words, the id’s or the text’s', () => {
    assert.equal(new Set([...labels.values()].map((l) => l.toLowerCase())).size, labels.size, 'labels are unique');
    for (const c of doc.claims) {
      const label = labels.get(c.id)!;
      assert.ok(label.split(/\s+/).length <= 18 && label.length <= 130, `${c.id}: "${label}" is short`);
      assert.ok(label.length < c.text.length || label === c.text.replace(/[.]$/, ''), `${c.id}: "${label}" is shorter than its text`);
      const words = label.toLowerCase().replace(/…$/, '').split(/\s+/);
      const fromId = c.id.slice('claim:'.length).split('-');
      const fromText = c.text.toLowerCase();
      assert.ok(
        words.every((w) => fromText.includes(w.replace(/[,;:]$/, ''))) ||
          words.every((w, i) => w.replace(/[^\p{L}\p{N}]/gu, '') === fromId[i]!.replace(/[^\p{L}\p{N}]/gu, '')),
        `${c.id}: "${label}" is the id's words or the text's`,
      );
    }
  });

  for (const semantics of SEMANTICS) {
    it(`${semantics}: one sentence per step, no claim its own reason, no text repeated in a sentence, length bounded`, () => {
      let withSpeakers = 0;
      for (const c of doc.claims) {
        const e = explainInWords(snapshot, c.id, semantics);
        assert.ok(e.sentences.length >= 1, `${c.id} is explained`);
        const extra = e.truncated ? 1 : 0;
        assert.equal(e.sentences.length, 1 + e.steps.length + extra, `${c.id}: an opening and one sentence per step`);
        assert.deepEqual(
          e.sentences.slice(1, 1 + e.steps.length),
          e.steps.map((s) => s.sentence),
        );
        assert.ok(
          e.sentences[0]!.startsWith(`“${labels.get(c.id)}”`),
          `${c.id}: the opening names the claim by its label: ${e.sentences[0]}`,
        );
        for (const sentence of e.sentences) {
          assert.ok(sentence.length <= MAX_SENTENCE, `${c.id}: ${sentence.length} characters: ${sentence}`);
          const q = quoted(sentence);
          assert.equal(new Set(q).size, q.length, `${c.id}: a claim twice in one sentence (its own reason): ${sentence}`);
          for (const label of q) assert.ok([...labels.values()].includes(label), `${c.id}: "${label}" is a claim's label`);
          assert.ok(!doc.claims.some((d) => d.text.length > 80 && sentence.includes(d.text)), `${c.id}: no full text in: ${sentence}`);
          // Each claim's label is quoted once (above); around the labels, no run of four words comes twice.
          const run = repeatedRun(
            sentence.replace(/^[^“]*:/, '').replace(/“[^”]*”/g, (_m) => ` ${String(Math.random())} `),
            4,
          );
          assert.equal(run, null, `${c.id}: "${run}" repeated in: ${sentence}`);
          assert.doesNotMatch(sentence, /because .* because|is accepted because .* is accepted/, sentence);
        }
        for (const step of e.steps) {
          const own = [...step.premiseIds, step.conclusionId].filter(Boolean);
          assert.equal(new Set(own).size, own.length, `${step.argumentId}: a premise is its own conclusion`);
        }
        if (e.sentences.some((s) => /^[^“]+: “/.test(s))) withSpeakers += 1;
      }
      assert.ok(withSpeakers > doc.claims.length / 4, `speakers are named in ${withSpeakers} explanations`);
    });
  }

  it('names speakers by surname, in the form "Name: “label”"', () => {
    const byPerson = (id: string) => doc.assertions.some((a) => a.claimId === id && actors.get(a.actorId)?.kind === 'PERSON');
    const argument = doc.arguments.find((a) => a.conclusionId && a.premiseIds.length === 1 && byPerson(a.premiseIds[0]!))!;
    const asserted = doc.claims.find((c) => c.id === argument.premiseIds[0])!;
    // The argument's own explanation opens with it: its premise, said by its speakers.
    const e = explainInWords(snapshot, argument.id, 'GROUNDED');
    const person = actors.get(doc.assertions.find((a) => a.claimId === asserted.id && actors.get(a.actorId)?.kind === 'PERSON')!.actorId)!;
    const surname = person.name.split(' ').at(-1)!;
    const sentence = e.sentences.find((s) => s.includes(`“${labels.get(asserted.id)}”`) && s.includes(surname));
    assert.ok(sentence, `a sentence names ${surname} with “${labels.get(asserted.id)}”:\n${e.sentences.join('\n')}`);
    assert.match(sentence, new RegExp(`${surname}(,| and|: “)`));
  });
});

describe('wording', () => {
  it('labels by the id’s words, with the casing of the texts, or by the first words of the text', () => {
    const labels = shortLabels([
      { id: 'claim:us-troops-left-el-salvador', text: 'The US troops have left El Salvador in 2024.' },
      { id: 'claim:q1', text: 'Nobody, whatever they say, can prove the opposite of this long sentence about nothing.' },
      { id: 'claim:x-2', text: 'Short one.' },
    ]);
    assert.equal(labels.get('claim:us-troops-left-el-salvador'), 'US troops left El Salvador');
    assert.equal(labels.get('claim:q1'), 'Nobody, whatever they say, can prove the opposite of…');
    assert.equal(labels.get('claim:x-2'), 'Short one');
    assert.equal(firstWords('Taxes rise: the budget says so, and the law agrees.'), 'Taxes rise: the budget says so…');
  });

  it('keeps labels unique: a clash takes more of the text', () => {
    const labels = shortLabels([
      { id: 'claim:a', text: 'The law forbids it in every case that anyone has ever brought to court.' },
      { id: 'claim:b', text: 'The law forbids it in every case that anyone has ever heard of in the press.' },
    ]);
    assert.notEqual(labels.get('claim:a'), labels.get('claim:b'));
  });

  it('names a person by surname unless two share it or the name is not one person’s, anyone else in full, without remarks in brackets', () => {
    const names = speakerNames([
      { id: 'a', name: 'David Leopold', kind: 'PERSON' },
      { id: 'b', name: 'Ann Smith', kind: 'PERSON' },
      { id: 'c', name: 'Bob Smith Jr.', kind: 'PERSON' },
      { id: 'd', name: 'State Department', kind: 'GOVERNMENT' },
      { id: 'e', name: 'M. Isabel Medina', kind: 'PERSON' },
      { id: 'f', name: 'Several legal experts (not named; a newspaper)', kind: 'PERSON' },
      { id: 'g', name: 'Ann', kind: 'PERSON' },
    ]);
    assert.deepEqual(
      [...names.values()],
      ['Leopold', 'Ann Smith', 'Bob Smith Jr.', 'State Department', 'Medina', 'Several legal experts', 'Ann'],
    );
  });
});

describe('justifications under semantics with several extensions', () => {
  it('PREFERRED: one labelling that accepts the claim and one that rejects it, each with its own account', () => {
    // a and b rebut each other: two preferred extensions, one with a, one with b; c rests on a.
    const snapshot = new EvaluationSnapshot({
      key: 'cycle',
      revision: 1,
      positions: [],
      texts: new Map([
        ['claim:a', 'The bridge is safe.'],
        ['claim:b', 'The bridge is not safe.'],
        ['claim:c', 'The bridge can stay open.'],
      ]),
      map: {
        claims: [{ id: 'claim:a' }, { id: 'claim:b' }, { id: 'claim:c' }],
        arguments: [
          {
            id: 'argument:ab',
            kind: 'ATTACK',
            attackKind: 'REBUT',
            premiseIds: ['claim:a'],
            conclusionId: 'claim:b',
            targetArgumentId: null,
          },
          {
            id: 'argument:ba',
            kind: 'ATTACK',
            attackKind: 'REBUT',
            premiseIds: ['claim:b'],
            conclusionId: 'claim:a',
            targetArgumentId: null,
          },
          {
            id: 'argument:ac',
            kind: 'SUPPORT',
            attackKind: null,
            premiseIds: ['claim:a'],
            conclusionId: 'claim:c',
            targetArgumentId: null,
          },
        ],
      },
    });
    assert.equal(snapshot.justify('claim:c', 'GROUNDED').length, 1, 'grounded: one account');
    assert.equal(snapshot.justify('claim:c', 'GROUNDED')[0]!.label, 'UNDEC');
    const accounts = snapshot.justify('claim:c', 'PREFERRED');
    assert.deepEqual(
      accounts.map((a) => a.label),
      ['IN', 'OUT'],
    );
    const [accepts, rejects] = accounts;
    assert.deepEqual(
      accepts!.steps.map((s) => [s.argumentId, s.label]),
      [
        ['argument:ac', 'IN'],
        ['argument:ba', 'OUT'],
        ['argument:ab', 'IN'],
      ],
    );
    assert.equal(accepts!.sentences[0], '“The bridge can stay open” stands: a support of it stands and nothing attacks it.');
    assert.deepEqual(
      rejects!.steps.map((s) => [s.argumentId, s.label, s.failure]),
      [
        ['argument:ac', 'OUT', { premise: 0 }],
        ['argument:ba', 'IN', null],
        // b stands in this labelling because the rebuttal from a fails: a is rejected (the account does not go round again).
        ['argument:ab', 'OUT', { premise: 0 }],
      ],
    );
    assert.equal(
      rejects!.sentences[1],
      '“The bridge is safe” supports “The bridge can stay open”; the support fails: its premise is rejected.',
    );
    // Under GROUNDED the claim is undecided: the cycle, as steps.
    const grounded = snapshot.explain('claim:c', 'GROUNDED')!;
    assert.match(grounded.sentences[0]!, /is undecided: it depends on a cycle/);
    assert.ok(grounded.steps.every((s) => s.label === 'UNDEC') && grounded.steps.length >= 2);
  });
});

describe('labels kept between revisions', () => {
  it('labels only what changed, keeps labels unique, and frees the label of a claim that went', () => {
    const book = new LabelBook();
    const texts = new Map([
      ['claim:a', 'Taxes rise next year.'],
      ['claim:b', 'Rents fall next year.'],
    ]);
    const claims = [{ id: 'claim:a' }, { id: 'claim:b' }];
    book.sync(claims, (id) => texts.get(id)!);
    assert.equal(book.get('claim:a'), 'Taxes rise next year');
    // A new claim whose first words are another's takes more of its text; the other keeps its label.
    texts.set('claim:c', 'Taxes rise next year, and then they fall again for a long while afterwards.');
    const more = [...claims, { id: 'claim:c' }];
    book.sync(more, (id) => texts.get(id)!);
    assert.equal(book.get('claim:a'), 'Taxes rise next year');
    assert.notEqual(book.get('claim:c')!.toLowerCase(), 'taxes rise next year');
    // A changed text is labelled again; a claim that went is forgotten and its label is free.
    texts.set('claim:b', 'Wages stall.');
    const fewer = [{ id: 'claim:b' }, { id: 'claim:c' }];
    book.sync(fewer, (id) => texts.get(id)!);
    assert.equal(book.get('claim:b'), 'Wages stall');
    assert.equal(book.get('claim:a'), undefined);
    texts.set('claim:d', 'Taxes rise next year.');
    book.sync([...fewer, { id: 'claim:d' }], (id) => texts.get(id)!);
    assert.equal(book.get('claim:d'), 'Taxes rise next year');
  });
});

describe('speakers in a sentence', () => {
  it('writes out the short names first, as many as fit, and counts the rest', () => {
    assert.equal(joinSpeakers(['Leopold']), 'Leopold');
    assert.equal(joinSpeakers(['Leopold', 'Cruz']), 'Leopold and Cruz');
    assert.equal(joinSpeakers(['Cruz', 'Immigration law experts and constitutional scholars', 'Frost']), 'Cruz, Frost and one other');
    assert.equal(
      joinSpeakers(['Gerhardt', 'Reichlin-Melnick', 'Gellman', 'Cruz', 'Frost']),
      'Gerhardt, Reichlin-Melnick, Gellman and 2 others',
    );
    assert.equal(
      joinSpeakers(['Immigration law experts and constitutional scholars']),
      'Immigration law experts and constitutional scholars',
    );
  });
});
