import { standinErrors } from '../errors';
import { StandinClientResult } from './client-result';
import type { Operation } from './engine';
import { type LoadRequest, emptyLoadRequest, parseLoadOption } from './load-request';
import type { StandinRequestContext } from './request-context';
import type { BatchTransaction } from './transaction';

export interface ScalarSpec<M> {
  get?: (target: M, tx: BatchTransaction) => unknown;
  set?: (target: M, value: unknown, tx: BatchTransaction) => void;
  /** Left out of a parameterless load(), as Excel leaves out some costly properties. */
  explicitOnly?: boolean;
}

export type ScalarSpecs<M> = Readonly<Record<string, ScalarSpec<M>>>;

/** Finds the model object a proxy stands for, when a batch first needs it; null = it does not exist. */
export type Locator<M> = (tx: BatchTransaction) => M | null;

export interface ProxyOptions {
  /** *OrNullObject semantics: a missing target gives isNullObject = true instead of ItemNotFound. */
  nullable?: boolean;
}

function isGone(target: object): boolean {
  return (target as { deleted?: unknown }).deleted === true;
}

/**
 * Base of every stand-in proxy (OfficeExtension.ClientObject). Reading a scalar needs load() + sync();
 * setting a scalar or calling a method queues an operation that runs at the next sync, in order; a value
 * set locally is readable on the same proxy at once (as in office.js), other proxies see it after sync.
 */
export abstract class StandinClientObject<M extends object> {
  readonly context: StandinRequestContext;
  private readonly locate: Locator<M>;
  private readonly nullable: boolean;
  private resolution: { target: M | null } | undefined;
  private nullState: boolean | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private readonly navigationProxies = new Map<string, unknown>();

  /** The Excel class name used in error locations ("Range", "Worksheet"). */
  protected abstract readonly entityName: string;

  constructor(context: StandinRequestContext, locate: Locator<M>, options: ProxyOptions = {}) {
    this.context = context;
    this.locate = locate;
    this.nullable = options.nullable === true;
    if (this.nullable) this.enqueue((tx) => void this.resolve(tx));
  }

  /** Scalar properties: how to read them from the model and how to apply a write. */
  protected abstract scalarSpecs(): ScalarSpecs<M>;

  /** Names of navigation properties (proxies reachable without load, loadable through paths). */
  protected navigationNames(): readonly string[] {
    return [];
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw standinErrors.propertyNotLoaded(this.entityName, 'isNullObject');
    return this.nullState;
  }

  load(option?: unknown): this {
    const request = parseLoadOption(option);
    this.enqueue((tx) => this.applyLoad(request, tx));
    return this;
  }

  /** Sets several properties at once, navigation properties taking nested objects (Range.set({ format: { … } })). */
  set(properties: Record<string, unknown>): void {
    const navigation = this.navigationNames();
    for (const [key, value] of Object.entries(properties ?? {})) {
      const target = this as unknown as Record<string, unknown>;
      if (navigation.includes(key)) (target[key] as StandinClientObject<object>).set(value as Record<string, unknown>);
      else target[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.loadedValues) out[key] = toPlain(value);
    for (const name of this.navigationNames()) {
      const proxy = this.navigationProxies.get(name);
      if (proxy instanceof StandinClientObject) {
        const json = proxy.toJSON();
        if (Object.keys(json).length > 0) out[name] = json;
      }
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  // ----- for subclasses -----

  protected get engine() {
    return this.context.engine;
  }

  protected enqueue(operation: Operation): void {
    this.context.enqueue(operation);
  }

  /**
   * Requirement-set gate for `api` ("Range.getMergedAreasOrNullObject"). Below the configured level it
   * throws ApiNotFound at once (as office.js does) or, with apiCheck 'sync', queues the failure.
   */
  protected gate(api: string): boolean {
    const error = this.engine.requirements.checkApi(api);
    if (!error) return true;
    if (this.engine.apiCheck === 'call') throw error;
    this.enqueue(() => {
      throw error;
    });
    return false;
  }

  protected readProperty<T>(name: string): T {
    const error = this.engine.requirements.checkApi(`${this.entityName}.${name}`);
    if (error) throw error;
    if (this.loadedValues.has(name)) return this.loadedValues.get(name) as T;
    if (this.nullState === true) return undefined as T;
    throw standinErrors.propertyNotLoaded(this.entityName, name);
  }

  protected writeProperty(name: string, value: unknown): void {
    if (!this.gate(`${this.entityName}.${name}`)) return;
    const spec = this.scalarSpecs()[name];
    if (!spec?.set) throw standinErrors.invalidArgument(`${this.entityName}.${name}`);
    const apply = spec.set;
    this.loadedValues.set(name, value);
    this.enqueue((tx) => apply(this.require(tx), value, tx));
  }

  /** Queues `action` against the resolved target. */
  protected queueAction(action: (target: M, tx: BatchTransaction) => void): void {
    this.enqueue((tx) => action(this.require(tx), tx));
  }

  /** Queues a computation whose result becomes readable on the returned ClientResult after sync. */
  protected queueResult<T>(compute: (target: M, tx: BatchTransaction) => T): StandinClientResult<T> {
    const result = new StandinClientResult<T>();
    this.enqueue((tx) => {
      const value = compute(this.require(tx), tx);
      tx.onCommit(() => result.resolveWith(value));
    });
    return result;
  }

  protected navigation<T>(name: string, create: () => T): T {
    let proxy = this.navigationProxies.get(name) as T | undefined;
    if (proxy === undefined) {
      proxy = create();
      this.navigationProxies.set(name, proxy);
    }
    return proxy;
  }

  /** Throws InvalidRequestContext when `other` belongs to another request context. */
  protected sameContext(other: unknown): void {
    if (other instanceof StandinClientObject && other.context !== this.context) throw standinErrors.invalidRequestContext();
  }

  /** The model target, or null for a null object; ItemNotFound when a required target is missing or deleted. */
  resolve(tx: BatchTransaction): M | null {
    if (!this.resolution) {
      const target = this.locate(tx);
      if (target === null && !this.nullable) throw standinErrors.itemNotFound(this.entityName);
      this.resolution = { target };
    }
    const { target } = this.resolution;
    if (target !== null && isGone(target)) throw standinErrors.itemNotFound(this.entityName);
    const isNull = target === null;
    tx.onCommit(() => {
      this.nullState = isNull;
    });
    return target;
  }

  require(tx: BatchTransaction): M {
    const target = this.resolve(tx);
    if (target === null) throw standinErrors.itemNotFound(this.entityName);
    return target;
  }

  applyLoad(request: LoadRequest, tx: BatchTransaction): void {
    const target = this.resolve(tx);
    if (target !== null) this.loadFrom(target, request, tx);
  }

  protected loadFrom(target: M, request: LoadRequest, tx: BatchTransaction): void {
    const specs = this.scalarSpecs();
    const navigation = this.navigationNames();
    const names = new Set(request.scalars);
    if (request.all) {
      for (const [name, spec] of Object.entries(specs)) {
        if (!spec.explicitOnly && spec.get && !this.engine.requirements.checkApi(`${this.entityName}.${name}`)) names.add(name);
      }
    }
    const values = new Map<string, unknown>();
    for (const name of names) {
      if (name === 'isNullObject') continue;
      if (navigation.includes(name)) {
        this.navigationProxy(name).applyLoad(emptyLoadRequest(true), tx);
        continue;
      }
      const spec = specs[name];
      if (!spec?.get) throw standinErrors.invalidArgument(`${this.entityName}.${name}`);
      const error = this.engine.requirements.checkApi(`${this.entityName}.${name}`);
      if (error) throw error;
      values.set(name, spec.get(target, tx));
    }
    for (const [name, childRequest] of request.children) {
      if (!navigation.includes(name)) throw standinErrors.invalidArgument(`${this.entityName}.${name}`);
      this.navigationProxy(name).applyLoad(childRequest, tx);
    }
    tx.onCommit(() => {
      for (const [name, value] of values) this.loadedValues.set(name, value);
    });
  }

  protected storeLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  private navigationProxy(name: string): StandinClientObject<object> {
    return (this as unknown as Record<string, StandinClientObject<object>>)[name];
  }
}

function toPlain(value: unknown): unknown {
  if (value instanceof StandinClientObject) return value.toJSON();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

/** Base of collection proxies: `items` after load, `getCount()`. */
export abstract class StandinCollectionObject<M extends object, I extends object, P extends StandinClientObject<I>> extends StandinClientObject<M> {
  protected abstract listItems(target: M, tx: BatchTransaction): I[];
  protected abstract itemProxy(item: I): P;

  get items(): P[] {
    return this.readProperty<P[]>('items');
  }

  protected scalarSpecs(): ScalarSpecs<M> {
    return {};
  }

  protected override loadFrom(target: M, request: LoadRequest, tx: BatchTransaction): void {
    let items = this.listItems(target, tx);
    if (request.skip !== undefined) items = items.slice(request.skip);
    if (request.top !== undefined) items = items.slice(0, request.top);
    const itemRequest: LoadRequest = { all: request.all, scalars: request.scalars, children: request.children };
    if (!itemRequest.all && itemRequest.scalars.size === 0 && itemRequest.children.size === 0) itemRequest.all = true;
    const proxies = items.map((item) => this.itemProxy(item));
    proxies.forEach((proxy) => proxy.applyLoad(itemRequest, tx));
    tx.onCommit(() => this.storeLoaded('items', proxies));
  }

  getCount(): StandinClientResult<number> {
    return this.queueResult((target, tx) => this.listItems(target, tx).length);
  }

  override toJSON(): Record<string, unknown> {
    let items: P[] | undefined;
    try {
      items = this.items;
    } catch {
      items = undefined;
    }
    return items ? { items: items.map((item) => item.toJSON()) } : {};
  }
}
