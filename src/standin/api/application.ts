import { type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinEngine } from '../runtime/engine';
import type { StandinRequestContext } from '../runtime/request-context';

const APPLICATION_SCALARS: ScalarSpecs<StandinEngine> = {
  calculationMode: { get: () => 'Automatic' },
};

/** Excel.Application (calculation is always automatic in the stand-in). */
export class StandinApplication extends StandinClientObject<StandinEngine> {
  protected readonly entityName = 'Application';

  constructor(context: StandinRequestContext) {
    super(context, () => context.engine);
  }

  protected scalarSpecs(): ScalarSpecs<StandinEngine> {
    return APPLICATION_SCALARS;
  }

  get calculationMode(): string {
    return this.readProperty('calculationMode');
  }

  /** Accepted; results are always current. */
  calculate(_calculationType?: string): void {
    this.queueAction(() => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queueAction(() => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queueAction(() => undefined);
  }
}

const RUNTIME_SCALARS: ScalarSpecs<StandinEngine> = {
  enableEvents: {
    get: (engine) => engine.enableEvents,
    set: (engine, value) => {
      engine.enableEvents = value === true;
    },
  },
};

/** Excel.Runtime: `enableEvents` switches this add-in's event handlers off and on. */
export class StandinRuntime extends StandinClientObject<StandinEngine> {
  protected readonly entityName = 'Runtime';

  constructor(context: StandinRequestContext) {
    super(context, () => context.engine);
  }

  protected scalarSpecs(): ScalarSpecs<StandinEngine> {
    return RUNTIME_SCALARS;
  }

  get enableEvents(): boolean {
    return this.readProperty('enableEvents');
  }
  set enableEvents(value: boolean) {
    this.writeProperty('enableEvents', value);
  }
}
