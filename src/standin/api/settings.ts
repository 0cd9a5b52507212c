import { standinErrors } from '../errors';
import type { SettingModel, WorkbookModel } from '../model/workbook';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';

/** Settings are stored as JSON, so values come back as JSON copies (a Date comes back as its ISO string). */
function toJson(value: unknown, location: string): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') throw standinErrors.invalidArgument(location);
  const json = JSON.stringify(value);
  if (json === undefined) throw standinErrors.invalidArgument(location);
  return json;
}

const SETTING_SCALARS: ScalarSpecs<SettingModel> = {
  key: { get: (s) => s.key },
  value: {
    get: (s) => JSON.parse(s.json) as unknown,
    set: (s, v, tx) => {
      s.json = toJson(v, 'Setting.value');
      tx.touched();
    },
  },
};

/** Excel.Setting. */
export class StandinSetting extends StandinClientObject<SettingModel> {
  protected readonly entityName = 'Setting';

  constructor(context: StandinRequestContext, locate: Locator<SettingModel>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<SettingModel> {
    return SETTING_SCALARS;
  }

  get key(): string {
    return this.readProperty('key');
  }
  get value(): unknown {
    return this.readProperty('value');
  }
  set value(value: unknown) {
    this.writeProperty('value', value);
  }

  delete(): void {
    this.queueAction((setting, tx) => {
      setting.deleted = true;
      tx.workbook.settings = tx.workbook.settings.filter((other) => other !== setting);
      tx.touched();
    });
  }
}

/** Excel.SettingCollection: add() sets or replaces; keys are case-sensitive. */
export class StandinSettingCollection extends StandinCollectionObject<WorkbookModel, SettingModel, StandinSetting> {
  protected readonly entityName = 'SettingCollection';

  constructor(context: StandinRequestContext, locate: Locator<WorkbookModel>) {
    super(context, locate);
  }

  protected listItems(workbook: WorkbookModel): SettingModel[] {
    return [...workbook.settings];
  }

  protected itemProxy(item: SettingModel): StandinSetting {
    return new StandinSetting(this.context, () => item);
  }

  add(key: string, value: unknown): StandinSetting {
    let created: SettingModel | undefined;
    this.queueAction((workbook, tx) => {
      if (typeof key !== 'string' || key === '') throw standinErrors.invalidArgument('SettingCollection.add');
      const json = toJson(value, 'SettingCollection.add');
      const existing = workbook.settingByKey(key);
      if (existing) existing.json = json;
      else workbook.settings.push({ key, json, deleted: false });
      created = workbook.settingByKey(key);
      tx.touched();
    });
    return new StandinSetting(this.context, () => created ?? null);
  }

  getItem(key: string): StandinSetting {
    return new StandinSetting(this.context, (tx) => this.require(tx).settingByKey(key) ?? null);
  }

  getItemOrNullObject(key: string): StandinSetting {
    return new StandinSetting(this.context, (tx) => this.require(tx).settingByKey(key) ?? null, { nullable: true });
  }
}
