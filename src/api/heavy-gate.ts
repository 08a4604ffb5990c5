import { BusyError } from '../domain/errors.js';

export interface HeavyGateOptions {
  /** How many heavy requests run at once (ARGMAP_HEAVY_CONCURRENCY). */
  concurrency: number;
  /** How many more may wait for a turn (ARGMAP_HEAVY_QUEUE); beyond that they are refused. */
  queue: number;
}

/**
 * One gate for the requests that read much of the map at once (exports, deep neighbourhoods,
 * evaluation): at most `concurrency` run, at most `queue` wait in arrival order, and the next
 * one is refused at once with a BusyError saying when to try again, so a burst of them cannot
 * take the process's memory or the database's threads from everything else.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** A moving average of how long a heavy request takes, for Retry-After. */
  private averageMs = 1000;

  constructor(readonly options: HeavyGateOptions) {}

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Seconds until a turn is likely free: the work ahead of a newcomer, shared by the slots. */
  retryAfterSeconds(): number {
    const ahead = this.running + this.waiting.length;
    return Math.max(1, Math.ceil((this.averageMs * ahead) / Math.max(1, this.options.concurrency) / 1000));
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.queue) {
        const retryAfter = this.retryAfterSeconds();
        throw new BusyError(
          `The service is busy with other exports, deep graphs and evaluations (${this.running} running, ${this.waiting.length} waiting): try again in ${retryAfter} s`,
          retryAfter,
        );
      }
      // The slot is handed over by the request that frees it, so `running` is already counted.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    const started = Date.now();
    try {
      return await work();
    } finally {
      this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
