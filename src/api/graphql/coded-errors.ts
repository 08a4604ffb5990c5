import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode, isErrorCode } from './errors.js';

/**
 * Every error the GraphQL endpoint answers carries a code of the catalog (errors.ts) and no
 * internal detail, whichever layer raised it: graphql-js (variables of the wrong type, a parser
 * that runs out of stack), graphql-yoga (malformed requests, an operation it cannot choose, media
 * types it cannot serve) or argmap itself.
 */

/** graphql-yoga's own codes, and what they are in argmap's catalog. */
const YOGA_CODES: Readonly<Record<string, ErrorCode>> = {
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  REQUEST_ENTITY_TOO_LARGE: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_ID_REQUIRED: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_IN_LIST: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  CANNOT_SEND_PQ_ID_AND_BODY: ErrorCode.BAD_REQUEST,
};

/** "Did you mean ...?" as graphql-js words it for fields, arguments, types and enum values. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

const VARIABLE = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)"/;

const MEDIA_TYPES = 'application/json, application/graphql-response+json, multipart/mixed or text/event-stream';

/** The answer graphql-yoga sends without a body, given one that says why. */
const BODILESS: Readonly<Record<number, string>> = {
  406: `This endpoint answers ${MEDIA_TYPES}: send an Accept header that takes one of them.`,
  415: 'Send a GraphQL request as a POST with Content-Type: application/json (or application/graphql+json), or as a GET with ?query=.',
};

function recode(error: GraphQLError, suggestions: boolean): void {
  const extensions = error.extensions as Record<string, unknown>;
  delete extensions.originalError;
  delete extensions.stacktrace;
  const code = extensions.code;
  if (typeof code === 'string' && YOGA_CODES[code]) {
    extensions.code = YOGA_CODES[code];
    if (code === 'PERSISTED_QUERY_ID_REQUIRED') {
      error.message = 'The request has no query: send `query`, or a persisted operation id in `extensions.persistedQuery.sha256Hash`.';
    }
    if (code !== 'PERSISTED_QUERY_NOT_IN_LIST') extensions.http = { status: 400 };
  } else if (typeof code !== 'string' || !isErrorCode(code)) {
    // A coercion error of graphql-js (a variable of the wrong type) is the client's input.
    const variable = VARIABLE.exec(error.message)?.[1];
    if (code === undefined && variable !== undefined && !error.path) {
      extensions.code = ErrorCode.BAD_USER_INPUT;
      extensions.field = `$${variable}`;
    } else {
      // Nothing else should reach here uncoded; say so without detail.
      extensions.code = ErrorCode.INTERNAL_SERVER_ERROR;
      error.message = 'Unexpected error.';
    }
  }
  // A request that is not a well-formed GraphQL-over-HTTP request is answered 400 whatever the
  // media type (graphql-yoga would answer 200 to application/json once its parser's detail is gone);
  // so is a document refused as too complex while it is parsed, as one refused after.
  const http = extensions.http as { spec?: boolean } | undefined;
  if ((extensions.code === ErrorCode.BAD_REQUEST || extensions.code === ErrorCode.QUERY_TOO_COMPLEX) && http?.spec) delete http.spec;
  if (!suggestions) error.message = error.message.replace(SUGGESTION, '');
}

/** The parser recurses once per nesting level: a document nested too deep for the stack is refused as too complex. */
function refuseTooDeep(error: unknown): never {
  if (error instanceof RangeError) {
    throw createGraphQLError('The document is nested too deeply to read (lists, objects or selections inside each other).', {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
    });
  }
  throw error;
}

export function codedErrorsPlugin({ suggestions }: { suggestions: boolean }): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (error) {
          return refuseTooDeep(error);
        }
      });
    },
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (!one || typeof one !== 'object' || !('errors' in one) || !Array.isArray(one.errors)) continue;
        for (const error of one.errors) if (error instanceof GraphQLError) recode(error, suggestions);
      }
    },
    onResponse({ response, setResponse, fetchAPI }) {
      const message = BODILESS[response.status];
      if (!message || response.body !== null) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      setResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] }), {
          status: response.status,
          headers,
        }),
      );
    },
  };
}
