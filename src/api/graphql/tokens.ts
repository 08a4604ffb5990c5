import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { JwtConfig } from '../../config.js';
import { UnavailableError } from '../../domain/errors.js';
import { userIdOf } from '../../domain/people.js';

/** A user's token, verified: who they are. */
export interface TokenUser {
  userId: string;
  /** The token's `name` claim (else `preferred_username`, `email`, then the subject). */
  name: string;
}

/** A token that is refused: the message says why (never the token). */
export class TokenRefusal extends Error {}

export interface TokenVerifier {
  /** The user a token names, once its signature, issuer, audience and times are checked; TokenRefusal otherwise. */
  verify(token: string): Promise<TokenUser>;
}

const ASYMMETRIC = ['RS256', 'ES256'] as const;
const SYMMETRIC = ['HS256'] as const;

/** Three base64url parts joined by dots: what a JWS in compact form looks like (an API key never does). */
export const looksLikeJwt = (value: string): boolean => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(value);

/** How long the identity provider's keys are kept, and how soon an unknown `kid` may fetch them again. */
const JWKS_CACHE_MS = 10 * 60_000;
const JWKS_COOLDOWN_MS = 30_000;
const JWKS_TIMEOUT_MS = 5_000;
const NAME_MAX = 200;

function nameOf(payload: JWTPayload, subject: string): string {
  for (const claim of ['name', 'preferred_username', 'email']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, NAME_MAX);
  }
  return subject.slice(0, NAME_MAX);
}

/** What a refusal from jose means, said for the client. */
function why(error: unknown, config: JwtConfig): Error {
  if (error instanceof errors.JWTExpired) return new TokenRefusal('The token has expired: get a fresh one from the identity provider');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'nbf':
        return new TokenRefusal('The token is not valid yet (its nbf is in the future)');
      case 'iat':
        return new TokenRefusal('The token was issued in the future (its iat)');
      case 'iss':
        return new TokenRefusal(`The token was not issued by ${config.issuer} (its iss)`);
      case 'aud':
        return new TokenRefusal(`The token is not meant for this service: its aud does not include ${config.audience}`);
      default:
        return new TokenRefusal(`The token's ${error.claim} claim is not valid: ${error.reason}`);
    }
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new TokenRefusal("The token is signed with a key the identity provider's JWKS does not hold (unknown kid)");
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys)
    return new TokenRefusal('The token names no kid and the JWKS holds several keys for it');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRefusal("The token's signature does not verify");
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRefusal("The token's alg is not accepted");
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    // The identity provider did not answer, or answered nonsense: not the client's fault.
    return new UnavailableError("The identity provider's keys (ARGMAP_JWT_JWKS_URL) could not be fetched; try again shortly");
  }
  return new TokenRefusal('The token is malformed');
}

/**
 * Verifies users' tokens with jose: HS256 against the shared secret, RS256/ES256 against the
 * identity provider's JWKS (fetched on first use, kept for ten minutes, fetched again when a
 * token names a `kid` it does not hold, at most once in 30 seconds). The algorithm is chosen by
 * which key is configured, never by the token: an HS256 token checked against a public key (key
 * confusion) and an unsigned one (`alg: none`) are refused before any key is used.
 */
export function createTokenVerifier(config: JwtConfig, { jwksCooldownMs = JWKS_COOLDOWN_MS } = {}): TokenVerifier {
  const secret = config.secret ? new TextEncoder().encode(config.secret) : null;
  const jwks: JWTVerifyGetKey | null = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl), {
        cacheMaxAge: JWKS_CACHE_MS,
        cooldownDuration: jwksCooldownMs,
        timeoutDuration: JWKS_TIMEOUT_MS,
      })
    : null;
  const accepted = [...(secret ? SYMMETRIC : []), ...(jwks ? ASYMMETRIC : [])];
  return {
    async verify(token) {
      let alg: string | undefined;
      try {
        alg = decodeProtectedHeader(token).alg;
      } catch {
        throw new TokenRefusal('The token is malformed: its header is not base64url-encoded JSON');
      }
      if (!alg || alg.toLowerCase() === 'none') throw new TokenRefusal('Unsigned tokens (alg: none) are refused');
      const symmetric = (SYMMETRIC as readonly string[]).includes(alg);
      if (symmetric && !secret) {
        throw new TokenRefusal(
          `The token is signed with ${alg}, a shared-secret algorithm, but this server verifies ${ASYMMETRIC.join('/')} tokens against the identity provider's public keys (an HS/RS key confusion is refused)`,
        );
      }
      if (!symmetric && !accepted.includes(alg as never)) {
        throw new TokenRefusal(`The token's alg ${alg.slice(0, 20)} is not accepted: this server accepts ${accepted.join(', ')}`);
      }
      const options = {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      };
      let payload: JWTPayload;
      try {
        payload = symmetric
          ? (await jwtVerify(token, secret!, { ...options, algorithms: [...SYMMETRIC] })).payload
          : (await jwtVerify(token, jwks!, { ...options, algorithms: [...ASYMMETRIC] })).payload;
      } catch (error) {
        if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') {
          throw new TokenRefusal(`The token has no ${error.claim} claim`);
        }
        throw why(error, config);
      }
      const subject = payload.sub!;
      return { userId: userIdOf(payload.iss ?? config.issuer, subject), name: nameOf(payload, subject) };
    },
  };
}
