/**
 * Offline structural checks of the add-in manifest (Microsoft's validation
 * service needs a network). Returns a list of problems; empty means fine.
 * Each check is exercised against a broken copy in manifest.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed element: attributes under '@_name', children under their tag, text under '#text'. */
type XmlNode = { [key: string]: XmlNode[] | string | undefined };

export interface ManifestCheckOptions {
  /** Folder the manifest's icon URLs are served from (assets/). */
  assetsDir: string;
  /** The only origin the manifest may point at. */
  origin: string;
  /** HTML pages the build emits; when given, every page URL must be one of them. */
  pages?: readonly string[];
}

/** Order of OfficeApp's children required by the 1.1 schema (those we use or might). */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

/** Which Resources section a resid used by an element must be defined in. */
const RESID_SECTION: Record<string, string> = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

const RESOURCE_SECTIONS: Record<string, string> = {
  'bt:Images': 'bt:Image',
  'bt:Urls': 'bt:Url',
  'bt:ShortStrings': 'bt:String',
  'bt:LongStrings': 'bt:String',
};

const MAX_RESID_LENGTH = 32;

function parse(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    alwaysCreateTextNode: true,
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
  });
  return parser.parse(xml) as XmlNode;
}

function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  return Array.isArray(value) ? value : [];
}

function child(node: XmlNode | undefined, ...tags: string[]): XmlNode | undefined {
  let current = node;
  for (const tag of tags) current = children(current, tag)[0];
  return current;
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function text(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

function childTags(node: XmlNode): string[] {
  return Object.keys(node).filter((key) => !key.startsWith('@_') && key !== '#text');
}

/** Calls visit on node and every element below it, with the element's tag. */
function walk(node: XmlNode, tag: string, visit: (node: XmlNode, tag: string) => void): void {
  visit(node, tag);
  for (const childTag of childTags(node)) {
    for (const element of children(node, childTag)) walk(element, childTag, visit);
  }
}

function overrideLocales(node: XmlNode | undefined, overrideTag: string): string[] {
  return children(node, overrideTag).map((o) => attr(o, 'Locale') ?? '');
}

/** Every URL in the manifest, with where it was found. */
function collectUrls(officeApp: XmlNode): Array<{ where: string; url: string }> {
  const urls: Array<{ where: string; url: string }> = [];
  walk(officeApp, 'OfficeApp', (node, tag) => {
    for (const name of ['DefaultValue', 'Value']) {
      const value = attr(node, name);
      if (value && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ where: `${tag}@${name}`, url: value });
    }
    if (tag === 'AppDomain' && text(node)) urls.push({ where: tag, url: text(node) });
  });
  return urls;
}

/** Icon URLs: IconUrl, HighResolutionIconUrl and every bt:Image, with their overrides. */
function collectIconUrls(officeApp: XmlNode, resources: XmlNode | undefined): string[] {
  const nodes = [
    child(officeApp, 'IconUrl'),
    child(officeApp, 'HighResolutionIconUrl'),
    ...children(child(resources, 'bt:Images'), 'bt:Image'),
  ].filter((n): n is XmlNode => n !== undefined);
  const urls: string[] = [];
  for (const node of nodes) {
    const value = attr(node, 'DefaultValue');
    if (value) urls.push(value);
    for (const override of [...children(node, 'Override'), ...children(node, 'bt:Override')]) {
      const overrideValue = attr(override, 'Value');
      if (overrideValue) urls.push(overrideValue);
    }
  }
  return urls;
}

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  }

  const officeApp = child(parse(xml), 'OfficeApp');
  if (!officeApp) return ['root element is not OfficeApp'];
  if (attr(officeApp, 'xsi:type') !== 'TaskPaneApp') problems.push('OfficeApp xsi:type is not TaskPaneApp');

  // Element order, as the schema requires a sequence.
  const order = childTags(officeApp).filter((tag) => OFFICE_APP_ORDER.includes(tag));
  const sorted = [...order].sort((a, b) => OFFICE_APP_ORDER.indexOf(a) - OFFICE_APP_ORDER.indexOf(b));
  if (order.join() !== sorted.join()) {
    problems.push(`OfficeApp children out of schema order: ${order.join(', ')} (expected ${sorted.join(', ')})`);
  }
  const unknown = childTags(officeApp).filter((tag) => !OFFICE_APP_ORDER.includes(tag));
  if (unknown.length > 0) problems.push(`unexpected OfficeApp children: ${unknown.join(', ')}`);

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(child(officeApp, 'Id')))) {
    problems.push('Id is not a GUID');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(text(child(officeApp, 'Version')))) problems.push('Version is not n.n.n.n');
  if (!text(child(officeApp, 'ProviderName'))) problems.push('ProviderName is empty');

  // Locales.
  const defaultLocale = text(child(officeApp, 'DefaultLocale'));
  if (defaultLocale !== 'zh-CN') problems.push(`DefaultLocale is "${defaultLocale}", expected zh-CN`);
  for (const tag of ['DisplayName', 'Description']) {
    const node = child(officeApp, tag);
    if (!attr(node, 'DefaultValue')) problems.push(`${tag} has no DefaultValue`);
    if (!overrideLocales(node, 'Override').includes('en-US')) problems.push(`${tag} has no en-US Override`);
  }

  // Hosts: exactly one, the workbook.
  const hosts = children(child(officeApp, 'Hosts'), 'Host');
  const hostNames = hosts.map((h) => attr(h, 'Name') ?? '?');
  if (hostNames.length !== 1 || hostNames[0] !== 'Workbook') {
    problems.push(`Hosts must hold exactly one Host Name="Workbook", found [${hostNames.join(', ')}]`);
  }

  // Requirements: ExcelApi with a minimum version.
  const sets = child(officeApp, 'Requirements', 'Sets');
  if (!attr(sets, 'DefaultMinVersion')) problems.push('Requirements Sets has no DefaultMinVersion');
  const excelApi = children(sets, 'Set').find((s) => attr(s, 'Name') === 'ExcelApi');
  if (!excelApi) problems.push('Requirements has no Set Name="ExcelApi"');
  else if (!/^\d+\.\d+$/.test(attr(excelApi, 'MinVersion') ?? '')) {
    problems.push('Requirements Set ExcelApi has no MinVersion n.n');
  }

  // Source location: https.
  const source = attr(child(officeApp, 'DefaultSettings', 'SourceLocation'), 'DefaultValue') ?? '';
  if (!source.startsWith('https://')) problems.push(`SourceLocation "${source}" is not https`);

  const permissions = text(child(officeApp, 'Permissions'));
  if (permissions !== 'ReadWriteDocument') problems.push(`Permissions is "${permissions}", expected ReadWriteDocument`);

  // Every URL: https, on the one allowed origin; page URLs are pages the build emits.
  for (const { where, url } of collectUrls(officeApp)) {
    if (!url.startsWith(`${options.origin}/`)) {
      problems.push(`${where} URL "${url}" is not on ${options.origin}`);
      continue;
    }
    const file = url.slice(options.origin.length + 1).split(/[?#]/)[0];
    if (options.pages && file.endsWith('.html') && !options.pages.includes(file)) {
      problems.push(`${where} URL "${url}" is not a page the build emits`);
    }
  }

  // VersionOverrides: every resid is defined, in the right section; strings have en-US overrides.
  const overrides = child(officeApp, 'VersionOverrides');
  const resources = child(overrides, 'Resources');
  if (!overrides) problems.push('no VersionOverrides');
  else if (!resources) problems.push('VersionOverrides has no Resources');

  const defined = new Map<string, string>();
  for (const [section, itemTag] of Object.entries(RESOURCE_SECTIONS)) {
    for (const item of children(child(resources, section), itemTag)) {
      const id = attr(item, 'id') ?? '';
      if (!id) problems.push(`${section} has a ${itemTag} without id`);
      else if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      else defined.set(id, section);
      if (id.length > MAX_RESID_LENGTH) problems.push(`resource id "${id}" is longer than ${MAX_RESID_LENGTH}`);
      if (!attr(item, 'DefaultValue')) problems.push(`resource "${id}" has no DefaultValue`);
      if (itemTag === 'bt:String' && !overrideLocales(item, 'bt:Override').includes('en-US')) {
        problems.push(`resource string "${id}" has no en-US bt:Override`);
      }
    }
  }

  const used = new Set<string>();
  for (const host of children(child(overrides, 'Hosts'), 'Host')) {
    walk(host, 'Host', (node, tag) => {
      const resid = attr(node, 'resid');
      if (resid === undefined) return;
      used.add(resid);
      const section = defined.get(resid);
      const expected = RESID_SECTION[tag];
      if (!section) problems.push(`${tag} resid "${resid}" is not defined in Resources`);
      else if (expected && section !== expected) {
        problems.push(`${tag} resid "${resid}" is defined in ${section}, expected ${expected}`);
      }
    });
  }
  for (const id of defined.keys()) {
    if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  }

  // Icons: each URL maps to a file in assets/.
  for (const url of collectIconUrls(officeApp, resources)) {
    const prefix = `${options.origin}/assets/`;
    if (!url.startsWith(prefix)) {
      problems.push(`icon URL "${url}" is not under ${prefix}`);
      continue;
    }
    const file = path.join(options.assetsDir, url.slice(prefix.length));
    if (!fs.existsSync(file)) problems.push(`icon URL "${url}" has no file ${path.basename(file)} in assets/`);
  }

  return problems;
}
