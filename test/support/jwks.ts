import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

export const ISSUER = 'https://id.example.test/';
export const AUDIENCE = 'argmap-test';

/** A signing key made by jose, with the public half as the JWKS publishes it. */
export interface TestKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function makeKey(kid: string, alg: 'RS256' | 'ES256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A token as an identity provider issues it: issuer, audience, an hour's validity, unless `claims` say otherwise. */
export async function tokenFor(key: TestKey, sub: string, claims: JWTPayload = {}, header: { kid?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub, iat: now, exp: now + 3600, ...claims })
    .setProtectedHeader({ alg: key.alg, kid: header.kid ?? key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}

/** An identity provider's JWKS endpoint on loopback: the keys it publishes can change (a rotation), and it counts its fetches. */
export interface JwksServer {
  url: string;
  keys: TestKey[];
  fetches: number;
  close(): Promise<void>;
}

export async function serveJwks(keys: TestKey[]): Promise<JwksServer> {
  const state = { keys, fetches: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    state.fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: state.keys.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    get keys() {
      return state.keys;
    },
    set keys(next: TestKey[]) {
      state.keys = next;
    },
    get fetches() {
      return state.fetches;
    },
    set fetches(_n: number) {
      throw new Error('fetches is counted by the server');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A shared secret for HS256 tokens (ARGMAP_JWT_SECRET wants at least 32 bytes). */
export const HS256_SECRET = 'a-shared-secret-of-at-least-32-bytes!!';

/** A user's token signed with the shared secret (HS256), named `name`; `expiresIn` as jose takes it (a negative time: already expired). */
export function hs256Token(
  sub: string,
  name: string,
  { secret = HS256_SECRET, expiresAt }: { secret?: string; expiresAt?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(sub)
    .setIssuedAt(expiresAt !== undefined ? expiresAt - 3600 : now)
    .setExpirationTime(expiresAt ?? now + 3600)
    .sign(new TextEncoder().encode(secret));
}
