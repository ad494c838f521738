// /api/health polled one request at a time while the hostile-input section runs: how long the server
// keeps a liveness probe waiting (its event loop blocked, or its CPU taken) during each request.
interface Poll {
  start: number;
  end: number;
  ok: boolean;
}

export class HealthWatch {
  private readonly polls: Poll[] = [];
  private running = false;
  private loop: Promise<void> | undefined;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly origin: string) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        this.inFlight = this.poll();
        await this.inFlight;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
  }

  private async poll(): Promise<void> {
    const start = performance.now();
    let ok = false;
    try {
      const response = await fetch(new URL("/api/health", this.origin), { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      ok = response.status === 200;
    } catch {
      ok = false;
    }
    this.polls.push({ start, end: performance.now(), ok });
  }

  /** Once the poll waiting now has its answer: so that a request's window includes the poll it held up. */
  async settled(): Promise<void> {
    await this.inFlight;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** The slowest poll that was waiting at some point between `from` and `to` (performance.now() times). */
  maxMs(from = -Infinity, to = Infinity): number {
    const during = this.polls.filter((poll) => poll.start <= to && poll.end >= from);
    return Math.max(0, ...during.map((poll) => poll.end - poll.start));
  }

  summary(): { polls: number; maxMs: number; failed: number } {
    return { polls: this.polls.length, maxMs: this.maxMs(), failed: this.polls.filter((poll) => !poll.ok).length };
  }
}
