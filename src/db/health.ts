/**
 * What the service knows of the database between requests: once a call finds it unavailable,
 * further calls are refused at once (SERVICE_UNAVAILABLE) instead of each waiting out its
 * deadline, while one call at a time, at most every `probeEveryMs`, goes through to find out
 * whether it is back. Readiness probes always go through.
 */
export class DatabaseHealth {
  private downSince: number | null = null;
  private lastProbe = 0;
  private probing = false;

  constructor(private readonly probeEveryMs = 1_000) {}

  get available(): boolean {
    return this.downSince === null;
  }

  /** Whether a call may go to the database now; a call let through while it is down is a probe and must report back. */
  admit(now = Date.now()): 'go' | 'probe' | 'refuse' {
    if (this.downSince === null) return 'go';
    if (this.probing || now - this.lastProbe < this.probeEveryMs) return 'refuse';
    this.probing = true;
    this.lastProbe = now;
    return 'probe';
  }

  /** The database answered. */
  up(): void {
    this.downSince = null;
    this.probing = false;
  }

  /** The database did not answer (unreachable, or past the deadline). */
  down(now = Date.now()): void {
    this.downSince ??= now;
    this.lastProbe = now;
    this.probing = false;
  }

  /** A probe ended with an answer that says nothing about availability (a bad query, say). */
  settle(): void {
    this.probing = false;
  }
}
