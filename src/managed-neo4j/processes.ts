// Process and port helpers for the managed Neo4j: liveness, waiting for exit, loopback ports, the Bolt handshake.
import { readFileSync } from 'node:fs';
import net from 'node:net';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True while a process with this pid exists (EPERM means it exists but is not ours to signal). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when pid is alive and, where /proc can tell, is the Neo4j java of this home directory
 * (so a recycled pid is never taken for our server, nor signalled).
 */
export function isNeo4jOf(pid: number, homeDir: string): boolean {
  const cmdline = liveCommandLine(pid);
  return cmdline === null || (cmdline !== false && cmdline.includes('CommunityEntryPoint') && cmdline.includes(`--home-dir=${homeDir}`));
}

/** A live process's command line; false when it is not alive; null when it lives but no /proc can tell (macOS). */
function liveCommandLine(pid: number): string | false | null {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null; // no /proc: liveness is all that can be known
  }
}

/** True when pid is alive and, where /proc can tell, is the keeper of this run folder. */
export function isKeeperOf(pid: number, runDir: string): boolean {
  const cmdline = liveCommandLine(pid);
  return cmdline === null || (cmdline !== false && /keeper\.[jt]s/.test(cmdline) && cmdline.includes(`"runDir":${JSON.stringify(runDir)}`));
}

/** True for the error of a file or folder that does not exist. */
export const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Waits until pid is gone; false if it still runs after ms. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGTERM, up to graceMs for a clean shutdown, then SIGKILL. Resolves once the process is gone. */
export async function terminate(pid: number, graceMs = 20_000): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return;
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}

/** A port on 127.0.0.1 nobody listens on right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True if nothing listens on 127.0.0.1:port (a listener on all addresses counts too: Neo4j's bind would fail). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

// Magic preamble, then four version proposals: Bolt 5.0-5.8, 4.4, and two empty slots.
const BOLT_HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0]);

/** True when a Bolt server on 127.0.0.1:port agrees on a protocol version within timeoutMs. */
export function boltAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let reply = Buffer.alloc(0);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) done(reply.readUInt32BE(0) !== 0);
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}
