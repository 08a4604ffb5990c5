import type { IncomingMessage, Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../graphql/context.js';
import type { Duplex } from 'node:stream';
import { clientAddressOf, refuseOnSocket } from './server.js';

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, Context>['getEnveloped']>;
type RootValue = { execute: Enveloped['execute']; subscribe: Enveloped['subscribe'] };

/** The upgrade request's headers as a fetch Request, which is what the context reads (the key, for writes). */
function requestOf(req: IncomingMessage, connectionParams: Record<string, unknown> | undefined): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
  }
  // Browsers cannot set headers on a WebSocket: a key may come in the connection parameters instead.
  const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
  if (typeof authorization === 'string') headers.set('authorization', authorization);
  return new Request('http://localhost/graphql', { headers });
}

/**
 * Why an upgrade request is not served, said as every other refusal is (ws would answer in HTML
 * without a code): only a WebSocket handshake on the GraphQL endpoint is.
 */
function upgradeRefusal(req: IncomingMessage, endpoint: string): { status: number; message: string } | null {
  const path = (req.url ?? '').split('?')[0];
  if (req.headers.upgrade?.toLowerCase() !== 'websocket') return { status: 400, message: 'Only a WebSocket upgrade is served' };
  if (path !== endpoint) return { status: 400, message: `WebSocket connections are served at ${endpoint} only` };
  if (req.method !== 'GET') return { status: 400, message: 'A WebSocket handshake is a GET request' };
  if (!/^[+/0-9A-Za-z]{22}==$/.test(req.headers['sec-websocket-key'] ?? '')) {
    return { status: 400, message: 'Missing or invalid Sec-WebSocket-Key header' };
  }
  const version = req.headers['sec-websocket-version'];
  if (version !== '8' && version !== '13') return { status: 400, message: 'Sec-WebSocket-Version must be 13' };
  return null;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol) at /graphql, beside the HTTP and SSE
 * transports: the same schema, context, limits and plugins, through yoga's envelop.
 */
export function attachGraphqlWs(server: Server, yoga: YogaServerInstance<Record<string, unknown>, Context>, trustProxy = false) {
  const wsServer = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = upgradeRefusal(req, yoga.graphqlEndpoint);
    if (refusal) {
      refuseOnSocket(socket, refusal.status, refusal.message);
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });
  const disposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      execute: (args) => (args.rootValue as RootValue).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as RootValue).subscribe(args as ExecutionArgs),
      onSubscribe: async (ctx, _id, payload) => {
        const request = requestOf(ctx.extra.request, ctx.connectionParams);
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          request,
          params: payload,
          clientAddress: clientAddressOf(ctx.extra.request, trustProxy),
        });
        let contextValue;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // A token or key that fails is refused as on HTTP (UNAUTHENTICATED, saying why), not as a server fault.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute, subscribe } satisfies RootValue,
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wsServer,
  );
  return {
    async close() {
      for (const client of wsServer.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
