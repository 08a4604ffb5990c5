import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, extractAssertions } from '../../src/text/proposals/index.js';
import { textFromHtml } from '../../src/text/proposals/html.js';
import type { CandidateClaim, Extraction, ExtractedAssertion, FindCandidateClaims, KnownActor } from '../../src/text/proposals/types.js';

const none: FindCandidateClaims = async (texts) => texts.map(() => []);
/** Reads the text (lines joined as paragraphs) and checks that every quote is the text between its offsets. */
async function read(
  lines: string | string[],
  actors: KnownActor[] = [],
  origin: { author: string | null; publisher: string | null } = { author: null, publisher: 'The Daily Ledger' },
): Promise<Extraction> {
  const text = Array.isArray(lines) ? lines.join('\n') : lines;
  const extraction = await extractAssertions({ text, actors, origin, findCandidates: none });
  for (const a of extraction.assertions) assert.equal(text.slice(a.start, a.end), a.quote);
  return extraction;
}
const byQuote = (extraction: Extraction, words: string): ExtractedAssertion => {
  const found = extraction.assertions.find((a) => a.quote.includes(words));
  assert.ok(found, `no proposal quotes "${words}": ${extraction.assertions.map((a) => a.quote).join(' | ')}`);
  return found;
};

describe('reading a new text: quotations and their speakers', () => {
  it('"...," said X, with the role the apposition gives', async () => {
    const text =
      '“The bridge will not survive another winter without repairs,” said Maria Okafor, a civil engineer at the Harbor Institute.';
    const x = await read(text);
    const a = byQuote(x, 'The bridge will not survive');
    assert.equal(a.quote, 'The bridge will not survive another winter without repairs');
    assert.equal(a.speaker.name, 'Maria Okafor');
    assert.equal(a.speaker.actorId, null);
    assert.equal(a.speaker.kind, 'PERSON');
    assert.match(a.speaker.description ?? '', /civil engineer at the Harbor Institute/);
    assert.equal(a.kind, 'PREDICTION');
    assert.equal(x.assertions.length, 1, 'the attribution itself is no assertion');
  });

  it('X said "...", and "..." X said, and a quotation continued in the next paragraph', async () => {
    const x = await read([
      'Councillor Tom Berrow said: “The council has wasted millions on consultants.”',
      '“Residents deserve a straight answer about the budget,” Berrow said.',
      '“We will publish every invoice next month.”',
    ]);
    for (const words of ['wasted millions', 'Residents deserve', 'publish every invoice'])
      assert.equal(byQuote(x, words).speaker.name, 'Tom Berrow');
    assert.equal(byQuote(x, 'Residents deserve').kind, 'VALUE');
  });

  it('a quotation over two paragraphs keeps the speaker named in the second', async () => {
    const x = await read([
      '“Schools need more counsellors than they have now. Many pupils wait months for help.',
      '“The waiting lists keep growing every single term,” the union leader Ana Pires told reporters.',
    ]);
    assert.equal(byQuote(x, 'Schools need more counsellors').speaker.name, 'Ana Pires');
    assert.equal(byQuote(x, 'waiting lists keep growing').speaker.name, 'Ana Pires');
    assert.equal(byQuote(x, 'Schools need more counsellors').kind, 'POLICY');
  });

  it('a short quotation that ends inside its marks is one; a borrowed phrase and a passive "is said" are not', async () => {
    const x = await read([
      '“I disagree,” said Carla Menon, a nurse.',
      'The ward is “short of beds” in winter and the manager is said to be unhappy with the rota this year.',
    ]);
    assert.deepEqual(
      x.assertions.map((a) => [a.quote, a.speaker.name]),
      [
        ['I disagree', 'Carla Menon'],
        ['The ward is “short of beds” in winter and the manager is said to be unhappy with the rota this year.', 'The Daily Ledger'],
      ],
    );
  });

  it('"he said" is the last person named as a speaker', async () => {
    const x = await read([
      '“Our factory is running at full capacity,” said Peter Lindqvist, the plant manager.',
      '“Orders doubled in the spring and the night shift is fully booked,” he said.',
    ]);
    assert.equal(byQuote(x, 'Orders doubled').speaker.name, 'Peter Lindqvist');
    assert.ok(byQuote(x, 'Orders doubled').speaker.confidence < byQuote(x, 'full capacity').speaker.confidence);
  });
});

describe('reading a new text: reported speech and the text’s own voice', () => {
  it('X said that ..., X told Y that ..., according to X, and "..., X said."', async () => {
    const x = await read([
      'Mayor Lena Ortiz said that the new tram line would cut commuting times by half.',
      'Ortiz told the council that the tram depot was already paid for.',
      'According to the transport authority, ridership fell sharply after the fare increase.',
      'The old buses break down twice as often as the new ones, Ortiz said.',
    ]);
    assert.equal(byQuote(x, 'tram line').quote, 'the new tram line would cut commuting times by half');
    assert.equal(byQuote(x, 'tram line').speaker.name, 'Lena Ortiz');
    assert.equal(byQuote(x, 'depot').quote, 'the tram depot was already paid for');
    assert.equal(byQuote(x, 'depot').speaker.name, 'Lena Ortiz');
    assert.match(byQuote(x, 'ridership').speaker.name, /transport authority/);
    assert.equal(byQuote(x, 'ridership').speaker.kind, 'GOVERNMENT');
    assert.equal(byQuote(x, 'old buses').quote, 'The old buses break down twice as often as the new ones');
    assert.equal(byQuote(x, 'old buses').speaker.name, 'Lena Ortiz');
    assert.ok(x.assertions.every((a) => a.via === 'REPORTED'));
  });

  it('a quotation inside a reported clause is read with its clause; a phrase before "that" is skipped', async () => {
    const x = await read([
      'Sen. Ruth Adler, the committee chair, said the levy would “punish the smallest farms first.”',
      'Adler told reporters after the hearing that the vote would be held in May.',
    ]);
    assert.equal(byQuote(x, 'levy').quote, 'the levy would “punish the smallest farms first.”');
    assert.equal(byQuote(x, 'levy').claimText, 'The levy would punish the smallest farms first.');
    assert.equal(byQuote(x, 'levy').speaker.name, 'Ruth Adler');
    assert.equal(byQuote(x, 'vote would be held').quote, 'the vote would be held in May');
  });

  it('sentences in the text’s own voice are the author’s, else the publisher’s; questions and credits are not claims', async () => {
    const text = [
      'The river has flooded the lower town three times since 2019.',
      'Could the new levee have prevented it?',
      'A flooded street in the lower town on Tuesday.',
      'Jan Novak/Reuters',
      'Insurance premiums in the district have risen every year since the first flood.',
    ].join('\n');
    const byPublisher = await read(text);
    assert.deepEqual(
      byPublisher.assertions.map((a) => a.quote),
      [
        'The river has flooded the lower town three times since 2019.',
        'Insurance premiums in the district have risen every year since the first flood.',
      ],
    );
    assert.ok(
      byPublisher.assertions.every((a) => a.via === 'OWN_VOICE' && a.speaker.name === 'The Daily Ledger' && a.speaker.kind === 'MEDIA'),
    );
    const byAuthor = await read(text, [], { author: 'Rosa Lind', publisher: 'The Daily Ledger' });
    assert.ok(byAuthor.assertions.every((a) => a.speaker.name === 'Rosa Lind' && a.speaker.kind === 'PERSON'));
  });
});

describe('reading a new text: speakers matched to the map’s actors', () => {
  const actors: KnownActor[] = [
    { id: 'actor:1', name: 'Helena Marsh', kind: 'PERSON', description: 'Governor of the state' },
    { id: 'actor:2', name: 'National Farmers Union', kind: 'ORGANIZATION', description: null },
  ];

  it('by full name with a title, by surname alone, and by an organisation’s initials', async () => {
    const x = await read(
      [
        '“Water rationing must end before the harvest,” Governor Helena Marsh said on Monday.',
        '“The reservoirs are fuller than they were a year ago,” Marsh added.',
        '“Farmers cannot plan a season on rumours,” the NFU said in a statement.',
      ],
      actors,
    );
    assert.equal(byQuote(x, 'Water rationing').speaker.actorId, 'actor:1');
    assert.equal(byQuote(x, 'reservoirs').speaker.actorId, 'actor:1');
    assert.equal(byQuote(x, 'Farmers cannot plan').speaker.actorId, 'actor:2');
    assert.equal(byQuote(x, 'Water rationing').kind, 'POLICY');
  });

  it('a new name that merely shares a first name is not the actor', async () => {
    const x = await read('“Prices will keep rising,” said Helena Brandt, an economist.', actors);
    assert.equal(byQuote(x, 'Prices').speaker.actorId, null);
    assert.equal(byQuote(x, 'Prices').speaker.name, 'Helena Brandt');
  });
});

describe('reading a new text: transcripts', () => {
  it('each "NAME: words" turn is a locution of NAME, one per sentence', async () => {
    const x = await read([
      'MODERATOR: Welcome to the debate.',
      'SMITH: Taxes are too high. Families are struggling to pay rent.',
      'JONES: That is simply false.',
    ]);
    assert.deepEqual(
      x.assertions.map((a) => [a.speaker.name, a.quote, a.via]),
      [
        ['MODERATOR', 'Welcome to the debate.', 'TURN'],
        ['SMITH', 'Taxes are too high.', 'TURN'],
        ['SMITH', 'Families are struggling to pay rent.', 'TURN'],
        ['JONES', 'That is simply false.', 'TURN'],
      ],
    );
  });
});

describe('reading a new text: claims, matches and links', () => {
  it('the proposed claim drops openers and quotation marks and puts the speaker for "I"', async () => {
    const x = await read('“Well, I think the museum should stay open on Sundays,” said Omar Haddad, a trustee.');
    assert.equal(x.assertions[0]?.claimText, 'The museum should stay open on Sundays.');
    const y = await read('“I have never taken money from the developers,” said Omar Haddad, a trustee.');
    assert.equal(y.assertions[0]?.claimText, 'Omar Haddad has never taken money from the developers.');
    assert.equal((await read('“The ban on street vendors is unconstitutional,” said Omar Haddad.')).assertions[0]?.kind, 'LEGAL');
  });

  it('classifies the candidates the similarity search returns: SAME, ATTACKS on a negation, nothing when unlike', async () => {
    const claims: CandidateClaim[] = [
      { id: 'claim:open', text: 'The museum should stay open on Sundays.', score: 0.9 },
      { id: 'claim:closed', text: 'The museum should not stay open on Sundays.', score: 0.8 },
      { id: 'claim:far', text: 'The harbour needs dredging.', score: 0.05 },
    ];
    const asked: string[][] = [];
    const x = await extractAssertions({
      text: '“The museum should stay open on Sundays,” said Omar Haddad.',
      actors: [],
      origin: { author: null, publisher: null },
      findCandidates: async (texts) => {
        asked.push([...texts]);
        return texts.map(() => claims);
      },
    });
    assert.deepEqual(asked, [['The museum should stay open on Sundays.']]);
    assert.deepEqual(
      x.assertions[0]?.matches.map((m) => [m.claimId, m.relation]),
      [
        ['claim:open', 'SAME'],
        ['claim:closed', 'ATTACKS'],
      ],
    );
  });

  it('links a speaker’s own claims by their discourse markers', async () => {
    const text =
      'The city should build more cycle lanes. Because cycling cuts traffic, the roads would be safer for everyone. However, cycle lanes take space from parked cars and shops lose customers.';
    const x = await read(text, [], { author: 'Ida Berg', publisher: null });
    assert.equal(x.assertions.length, 3);
    assert.deepEqual(
      x.links.map((l) => [l.premise, l.conclusion, l.kind]),
      [
        [1, 0, 'SUPPORT'],
        [2, 1, 'ATTACK'],
      ],
    );
  });
});

describe('reading a new text: what it does not read', () => {
  it('an empty text proposes nothing', async () => {
    assert.deepEqual(await read(''), { assertions: [], links: [] });
    assert.deepEqual(await read('  \n\t '), { assertions: [], links: [] });
  });

  it('a text in another language proposes nothing and says so', async () => {
    const text =
      '«Das Gesetz ist verfassungswidrig und muss sofort aufgehoben werden», sagte die Ministerin am Montag in Berlin vor den Abgeordneten.';
    assert.equal(detectLanguage(text), 'unsupported');
    assert.deepEqual(await read(text), { assertions: [], links: [], unsupportedLanguage: true });
    assert.equal(detectLanguage('The minister said the law was unconstitutional and had to be repealed at once.'), 'en');
  });

  it('HTML is reduced to its text, paragraphs as lines', () => {
    assert.equal(
      textFromHtml('<p>First <b>line</b>.</p><p>Second&nbsp;line.<br>Third.</p><script>x()</script>'),
      'First line.\n\nSecond\u00a0line.\nThird.',
    );
  });
});
