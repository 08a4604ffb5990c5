import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT, UnsecuredJWT, exportSPKI } from 'jose';
import { createTokenVerifier, TokenRefusal, type TokenVerifier } from '../../src/api/graphql/tokens.js';
import { userIdOf } from '../../src/domain/people.js';
import { AUDIENCE, ISSUER, makeKey, serveJwks, tokenFor, type JwksServer, type TestKey } from '../support/jwks.js';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!!';
const config = { issuer: ISSUER, audience: AUDIENCE, clockToleranceSeconds: 30 };
const now = () => Math.floor(Date.now() / 1000);

/** The refusal a token meets: its message, which says why. */
async function refusal(verifier: TokenVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
  } catch (error) {
    assert.ok(error instanceof TokenRefusal, `a refusal, not ${String(error)}`);
    return error.message;
  }
  assert.fail('the token was accepted');
}

describe('users’ tokens, verified with jose against a JWKS served over loopback', () => {
  let jwks: JwksServer;
  let rsa: TestKey;
  let ec: TestKey;
  let verifier: TokenVerifier;

  before(async () => {
    rsa = await makeKey('rsa-1', 'RS256');
    ec = await makeKey('ec-1', 'ES256');
    jwks = await serveJwks([rsa, ec]);
    verifier = createTokenVerifier({ ...config, secret: null, jwksUrl: jwks.url }, { jwksCooldownMs: 300 });
  });
  after(() => jwks?.close());

  it('accepts RS256 and ES256 tokens of the issuer for this audience: the user is their issuer and subject, named by the token', async () => {
    assert.deepEqual(await verifier.verify(await tokenFor(rsa, 'alice', { name: 'Alice Liddell' })), {
      userId: userIdOf(ISSUER, 'alice'),
      name: 'Alice Liddell',
    });
    assert.deepEqual(await verifier.verify(await tokenFor(ec, 'bob', { preferred_username: 'bob' })), {
      userId: userIdOf(ISSUER, 'bob'),
      name: 'bob',
    });
    assert.match(userIdOf(ISSUER, 'alice'), /^user:[0-9a-f]{32}$/);
    assert.notEqual(
      userIdOf(ISSUER, 'alice'),
      userIdOf('https://other.example.test/', 'alice'),
      'the same subject of another issuer is another user',
    );
    assert.equal(jwks.fetches, 1, 'the keys are fetched once and kept');
  });

  it('refuses, saying why: unsigned, expired, not yet valid, another issuer or audience, a bad signature, malformed', async () => {
    const unsigned = new UnsecuredJWT({ sub: 'mallory' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode();
    assert.match(await refusal(verifier, unsigned), /alg: none/);
    assert.match(await refusal(verifier, await tokenFor(rsa, 'alice', { exp: now() - 120 })), /expired/);
    assert.match(await refusal(verifier, await tokenFor(rsa, 'alice', { nbf: now() + 600 })), /not valid yet/);
    assert.match(
      await refusal(verifier, await tokenFor(rsa, 'alice', { iss: 'https://evil.example.test/' })),
      /not issued by https:\/\/id\.example\.test\//,
    );
    assert.match(await refusal(verifier, await tokenFor(rsa, 'alice', { aud: 'another-service' })), /not meant for this service/);
    const [head, body] = (await tokenFor(rsa, 'alice')).split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'root', exp: now() + 60 })).toString('base64url')}.${(await tokenFor(rsa, 'x')).split('.')[2]}`;
    assert.match(await refusal(verifier, forged), /signature does not verify/);
    assert.match(await refusal(verifier, `${head}.${body}`), /malformed/);
    assert.match(await refusal(verifier, 'not.a.token'), /malformed/);
    assert.match(await refusal(verifier, await tokenFor(rsa, 'alice', { sub: undefined })), /no sub claim/);
  });

  it('refuses an HS256 token signed with the provider’s public key (HS/RS key confusion)', async () => {
    // The public key as the attacker can read it, used as an HMAC secret.
    const pem = await exportSPKI(rsa.publicKey);
    const confused = await new SignJWT({ sub: 'mallory' })
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(pem));
    assert.match(await refusal(verifier, confused), /key confusion/);
  });

  it('follows a key rotation: an unknown kid fetches the keys again, at most once per cooldown', async () => {
    const rotated = await makeKey('rsa-2', 'RS256');
    const fetchesBefore = jwks.fetches;
    jwks.keys = [rotated, ec];
    const token = await tokenFor(rotated, 'carol', { name: 'Carol' });
    // Within the cooldown after the last fetch, an unknown kid is refused without asking the provider again.
    const unknown = await tokenFor(await makeKey('nobody', 'RS256'), 'mallory');
    for (let i = 0; i < 5; i++) assert.match(await refusal(verifier, unknown), /unknown kid/);
    assert.ok(jwks.fetches - fetchesBefore <= 1, `at most one fetch for a burst of unknown kids, got ${jwks.fetches - fetchesBefore}`);
    await new Promise((resolve) => setTimeout(resolve, 350));
    assert.equal((await verifier.verify(token)).name, 'Carol', 'the new key is fetched after the cooldown');
    assert.match(await refusal(verifier, await tokenFor(rsa, 'alice')), /unknown kid/, 'the retired key no longer verifies');
  });
});

describe('users’ tokens with a shared secret (HS256)', () => {
  const verifier = createTokenVerifier({ ...config, secret: SECRET, jwksUrl: null });
  const signed = (claims: Record<string, unknown>, secret = SECRET) =>
    new SignJWT({ iss: ISSUER, aud: AUDIENCE, exp: now() + 60, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secret));

  it('accepts a token signed with the secret and refuses one signed with another, or an RS256 one', async () => {
    assert.deepEqual(await verifier.verify(await signed({ sub: 'dave', name: 'Dave' })), {
      userId: userIdOf(ISSUER, 'dave'),
      name: 'Dave',
    });
    assert.match(
      await refusal(verifier, await signed({ sub: 'dave' }, 'another-secret-of-at-least-32-bytes!!')),
      /signature does not verify/,
    );
    assert.match(await refusal(verifier, await tokenFor(await makeKey('k', 'RS256'), 'dave')), /alg RS256 is not accepted/);
  });

  it('allows a small clock difference, no more', async () => {
    assert.equal((await verifier.verify(await signed({ sub: 'erin', exp: now() - 10 }))).userId, userIdOf(ISSUER, 'erin'));
    assert.match(await refusal(verifier, await signed({ sub: 'erin', exp: now() - 60 })), /expired/);
  });
});
