import { standinErrors } from '../errors';

/** OfficeExtension.ClientResult: `value` is readable once the sync that computes it has completed. */
export class StandinClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw standinErrors.valueNotLoaded();
    return this.result as T;
  }

  /** Called by the runtime when the sync that computes this result succeeds. */
  resolveWith(value: T): void {
    this.result = value;
    this.loaded = true;
  }

  toJSON(): { value: T | undefined } {
    return { value: this.result };
  }
}
