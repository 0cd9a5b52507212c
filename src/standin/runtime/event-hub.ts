/**
 * Host side of events: which handlers are registered (after the sync that added them), and dispatch.
 * Handlers run asynchronously after the operation that caused the event (a macrotask later), their
 * returned promises are tracked so `whenIdle()` can wait for them, and what they throw is collected in
 * `handlerErrors` (office.js only logs such errors).
 */
export type EventScope = { kind: 'worksheet'; sheetId: string } | { kind: 'worksheets' };

export interface EventSource {
  readonly eventName: string;
  readonly scope: EventScope;
}

type Handler = (args: unknown) => unknown;

interface Registration {
  source: EventSource;
  handler: Handler;
}

export class EventHub {
  private registrations: Registration[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  readonly handlerErrors: unknown[] = [];

  register(source: EventSource, handler: Handler): void {
    this.registrations.push({ source, handler });
  }

  unregister(source: EventSource, handler: Handler): void {
    const index = this.registrations.map((r) => r.source === source && r.handler === handler).lastIndexOf(true);
    if (index !== -1) this.registrations.splice(index, 1);
  }

  unregisterAll(source: EventSource): void {
    this.registrations = this.registrations.filter((r) => r.source !== source);
  }

  handlerCount(eventName?: string): number {
    return this.registrations.filter((r) => eventName === undefined || r.source.eventName === eventName).length;
  }

  /** Schedules every matching handler with the arguments built for its registration. */
  fire(eventName: string, matches: (scope: EventScope) => boolean, buildArgs: (scope: EventScope) => unknown): void {
    for (const registration of this.registrations) {
      if (registration.source.eventName !== eventName || !matches(registration.source.scope)) continue;
      const args = buildArgs(registration.source.scope);
      this.schedule(registration.handler, args);
    }
  }

  private schedule(handler: Handler, args: unknown): void {
    const run = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.resolve()
          .then(() => handler(args))
          .catch((error: unknown) => {
            this.handlerErrors.push(error);
          })
          .finally(() => resolve());
      }, 0);
    });
    this.inFlight.add(run);
    void run.then(() => this.inFlight.delete(run));
  }

  /** Resolves once every scheduled handler (and whatever it awaited) has finished, including chained events. */
  async whenIdle(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
