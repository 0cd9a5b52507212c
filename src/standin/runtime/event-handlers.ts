import type { EventScope, EventSource } from './event-hub';
import type { StandinRequestContext } from './request-context';
import type { BatchTransaction } from './transaction';

type Handler = (args: any) => unknown;

/** OfficeExtension.EventHandlerResult: remove() queues the removal, effective after the next sync. */
export class StandinEventHandlerResult {
  private handlers: StandinEventHandlers | undefined;
  private handler: Handler | undefined;

  constructor(
    readonly context: StandinRequestContext,
    handlers: StandinEventHandlers,
    handler: Handler,
  ) {
    this.handlers = handlers;
    this.handler = handler;
  }

  remove(): void {
    if (this.handlers && this.handler) {
      this.handlers.remove(this.handler);
      this.handlers = undefined;
      this.handler = undefined;
    }
  }
}

/**
 * OfficeExtension.EventHandlers: add / remove / removeAll are queued like any other operation and take
 * effect when the sync that carries them succeeds. Registrations outlive the Excel.run that made them.
 */
export class StandinEventHandlers implements EventSource {
  private resolvedScope: EventScope | undefined;

  constructor(
    private readonly context: StandinRequestContext,
    readonly eventName: string,
    private readonly locateScope: (tx: BatchTransaction) => EventScope,
  ) {}

  get scope(): EventScope {
    return this.resolvedScope ?? { kind: 'worksheet', sheetId: '' };
  }

  add(handler: Handler): StandinEventHandlerResult {
    this.context.enqueue((tx) => {
      const scope = this.resolvedScope ?? this.locateScope(tx);
      tx.onCommit(() => {
        this.resolvedScope = scope;
        this.context.engine.events.register(this, handler);
      });
    });
    return new StandinEventHandlerResult(this.context, this, handler);
  }

  remove(handler: Handler): void {
    this.context.enqueue((tx) => tx.onCommit(() => this.context.engine.events.unregister(this, handler)));
  }

  removeAll(): void {
    this.context.enqueue((tx) => tx.onCommit(() => this.context.engine.events.unregisterAll(this)));
  }
}
