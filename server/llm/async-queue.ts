// A one-consumer queue between a producer that pushes values and a consumer that iterates them:
// lets a policy (retry, circuit breaker) own a whole model stream while its text flows out live.

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export class AsyncQueue<T, R> {
  private readonly items: T[] = [];
  private settled: Settled<R> | undefined;
  private wake: (() => void) | undefined;

  push(item: T): void {
    this.items.push(item);
    this.notify();
  }

  end(value: R): void {
    this.settled ??= { ok: true, value };
    this.notify();
  }

  fail(error: unknown): void {
    this.settled ??= { ok: false, error };
    this.notify();
  }

  async *drain(): AsyncGenerator<T, R> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      const settled = this.settled;
      if (settled) {
        if (settled.ok) return settled.value;
        throw settled.error;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
