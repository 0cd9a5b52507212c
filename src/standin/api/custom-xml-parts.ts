import { standinErrors } from '../errors';
import type { CustomXmlPartModel, WorkbookModel } from '../model/workbook';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinClientResult } from '../runtime/client-result';
import type { StandinRequestContext } from '../runtime/request-context';
import { rootNamespaceOf } from '../xml-inspection';

function checkedNamespace(xml: unknown, location: string): { xml: string; namespaceUri: string } {
  const namespaceUri = typeof xml === 'string' ? rootNamespaceOf(xml) : undefined;
  if (namespaceUri === undefined) throw standinErrors.invalidArgument(location);
  return { xml: xml as string, namespaceUri };
}

const PART_SCALARS: ScalarSpecs<CustomXmlPartModel> = {
  id: { get: (p) => p.id },
  namespaceUri: { get: (p) => p.namespaceUri },
};

/** Excel.CustomXmlPart. */
export class StandinCustomXmlPart extends StandinClientObject<CustomXmlPartModel> {
  protected readonly entityName = 'CustomXmlPart';

  constructor(context: StandinRequestContext, locate: Locator<CustomXmlPartModel>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<CustomXmlPartModel> {
    return PART_SCALARS;
  }

  get id(): string {
    return this.readProperty('id');
  }
  get namespaceUri(): string {
    return this.readProperty('namespaceUri');
  }

  getXml(): StandinClientResult<string> {
    return this.queueResult((part) => part.xml);
  }

  /** Replaces the XML (InvalidArgument when not well-formed); the namespace follows the new root element. */
  setXml(xml: string): void {
    this.queueAction((part, tx) => {
      const checked = checkedNamespace(xml, 'CustomXmlPart.setXml');
      part.xml = checked.xml;
      part.namespaceUri = checked.namespaceUri;
      tx.touched();
    });
  }

  delete(): void {
    this.queueAction((part, tx) => {
      part.deleted = true;
      tx.workbook.customXmlParts = tx.workbook.customXmlParts.filter((other) => other !== part);
      tx.touched();
    });
  }
}

/** Excel.CustomXmlPartScopedCollection: the parts with one namespace, evaluated when the batch runs. */
/** The parts of one namespace, looked up whenever the batch runs. */
export interface NamespaceScope {
  workbook: WorkbookModel;
  namespaceUri: string;
}

export class StandinCustomXmlPartScopedCollection extends StandinCollectionObject<NamespaceScope, CustomXmlPartModel, StandinCustomXmlPart> {
  protected readonly entityName = 'CustomXmlPartScopedCollection';

  constructor(context: StandinRequestContext, locate: Locator<NamespaceScope>) {
    super(context, locate);
  }

  protected listItems(scope: NamespaceScope): CustomXmlPartModel[] {
    return scope.workbook.customXmlParts.filter((part) => part.namespaceUri === scope.namespaceUri);
  }

  protected itemProxy(item: CustomXmlPartModel): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, () => item);
  }

  getItem(id: string): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, (tx) => this.listItems(this.require(tx)).find((p) => p.id.toUpperCase() === id.toUpperCase()) ?? null);
  }

  getItemOrNullObject(id: string): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, (tx) => this.listItems(this.require(tx)).find((p) => p.id.toUpperCase() === id.toUpperCase()) ?? null, { nullable: true });
  }

  /** The single part; ItemNotFound when there is none, InvalidOperation when there are several. */
  getOnlyItem(): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, (tx) => {
      const parts = this.listItems(this.require(tx));
      if (parts.length > 1) throw standinErrors.invalidOperation('CustomXmlPartScopedCollection.getOnlyItem');
      return parts[0] ?? null;
    });
  }

  /** The single part, or a null object when there are none or several. */
  getOnlyItemOrNullObject(): StandinCustomXmlPart {
    return new StandinCustomXmlPart(
      this.context,
      (tx) => {
        const parts = this.listItems(this.require(tx));
        return parts.length === 1 ? parts[0] : null;
      },
      { nullable: true },
    );
  }
}

/** Excel.CustomXmlPartCollection. */
export class StandinCustomXmlPartCollection extends StandinCollectionObject<WorkbookModel, CustomXmlPartModel, StandinCustomXmlPart> {
  protected readonly entityName = 'CustomXmlPartCollection';

  constructor(context: StandinRequestContext, locate: Locator<WorkbookModel>) {
    super(context, locate);
  }

  protected listItems(workbook: WorkbookModel): CustomXmlPartModel[] {
    return [...workbook.customXmlParts];
  }

  protected itemProxy(item: CustomXmlPartModel): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, () => item);
  }

  add(xml: string): StandinCustomXmlPart {
    let created: CustomXmlPartModel | undefined;
    this.queueAction((workbook, tx) => {
      const checked = checkedNamespace(xml, 'CustomXmlPartCollection.add');
      created = { id: workbook.nextId('customXmlPart'), xml: checked.xml, namespaceUri: checked.namespaceUri, deleted: false };
      workbook.customXmlParts.push(created);
      tx.touched();
    });
    return new StandinCustomXmlPart(this.context, () => created ?? null);
  }

  getByNamespace(namespaceUri: string): StandinCustomXmlPartScopedCollection {
    return new StandinCustomXmlPartScopedCollection(this.context, (tx) => ({ workbook: this.require(tx), namespaceUri }));
  }

  getItem(id: string): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, (tx) => this.require(tx).customXmlPartById(id) ?? null);
  }

  getItemOrNullObject(id: string): StandinCustomXmlPart {
    return new StandinCustomXmlPart(this.context, (tx) => this.require(tx).customXmlPartById(id) ?? null, { nullable: true });
  }
}
