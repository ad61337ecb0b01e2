// Sliding-window rate limit, per organisation (all keys and endpoints share it, §9).

/**
 * Remembers the times of accepted requests. `tryAcquire(now)` accepts when fewer than
 * `limit` requests were accepted in (now − windowMs, now]; otherwise it returns the whole
 * seconds until the oldest one leaves the window (at least 1). Rejected requests are not
 * recorded, so a client that keeps retrying is not locked out for longer.
 */
export class SlidingWindow {
  private times: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  tryAcquire(now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
    if (this.times.length < this.limit) {
      this.times.push(now);
      return { ok: true };
    }
    const freeAt = this.times[0]! + this.windowMs;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
  }
}
