import { standinErrors } from '../errors';

/**
 * What a `load(...)` call asks for, as a tree: scalar names at this level and requests for navigation
 * properties below it. On a collection the names address the items ('items' alone means all of them).
 * Accepted forms, as office.js accepts them: nothing (all scalars), 'a, b/c', ['a', 'b/c'],
 * { select: 'a,b', expand: 'c' } and the property-object form { a: true, c: { d: true }, $all: true, $top: 5 }.
 */
export interface LoadRequest {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadRequest>;
  top?: number;
  skip?: number;
}

export function emptyLoadRequest(all = false): LoadRequest {
  return { all, scalars: new Set(), children: new Map() };
}

function addPath(request: LoadRequest, path: string): void {
  let segments = path.split(/[/.]/).map((s) => s.trim()).filter((s) => s !== '');
  if (segments.length > 0 && segments[0].toLowerCase() === 'items') segments = segments.slice(1);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === '*')) {
    request.all = true;
    return;
  }
  let node = request;
  for (let i = 0; i < segments.length - 1; i++) {
    const name = segments[i];
    let child = node.children.get(name);
    if (!child) {
      child = emptyLoadRequest();
      node.children.set(name, child);
    }
    node = child;
  }
  const last = segments[segments.length - 1];
  if (last === '*') node.all = true;
  else node.scalars.add(last);
}

function addExpand(request: LoadRequest, path: string): void {
  const segments = path.split(/[/.]/).map((s) => s.trim()).filter((s) => s !== '' && s.toLowerCase() !== 'items');
  let node = request;
  for (const name of segments) {
    let child = node.children.get(name);
    if (!child) {
      child = emptyLoadRequest();
      node.children.set(name, child);
    }
    node = child;
  }
  if (node !== request) node.all = true;
}

function splitList(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

function addPropertyObject(request: LoadRequest, option: Record<string, unknown>, argument: string): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === '$all') {
      if (typeof value !== 'boolean') throw standinErrors.invalidArgument(`${argument}.$all`);
      if (value) request.all = true;
    } else if (key === '$top' || key === '$skip') {
      if (typeof value !== 'number') throw standinErrors.invalidArgument(`${argument}.${key}`);
      if (key === '$top') request.top = value;
      else request.skip = value;
    } else if (typeof value === 'boolean') {
      if (value) addPath(request, key);
    } else if (value !== null && typeof value === 'object') {
      const target = key.toLowerCase() === 'items' ? request : childOf(request, key);
      addPropertyObject(target, value as Record<string, unknown>, `${argument}.${key}`);
    } else {
      throw standinErrors.invalidArgument(`${argument}.${key}`);
    }
  }
}

function childOf(request: LoadRequest, name: string): LoadRequest {
  let child = request.children.get(name);
  if (!child) {
    child = emptyLoadRequest();
    request.children.set(name, child);
  }
  return child;
}

function isSelectExpandOption(option: Record<string, unknown>): boolean {
  const keys = Object.keys(option);
  return keys.length === 0 || keys.some((key) => ['select', 'expand', 'top', 'skip'].includes(key));
}

export function parseLoadOption(option: unknown): LoadRequest {
  if (option === undefined || option === null) return emptyLoadRequest(true);
  const request = emptyLoadRequest();
  if (typeof option === 'string' || Array.isArray(option)) {
    const paths = splitList(option as string | string[]);
    if (paths.length === 0) return emptyLoadRequest(true);
    paths.forEach((path) => addPath(request, path));
    return request;
  }
  if (typeof option !== 'object') throw standinErrors.invalidArgument('option');
  const record = option as Record<string, unknown>;
  if (isSelectExpandOption(record)) {
    const { select, expand, top, skip } = record;
    if (select !== undefined) splitList(select as string | string[]).forEach((path) => addPath(request, path));
    if (expand !== undefined) splitList(expand as string | string[]).forEach((path) => addExpand(request, path));
    if (typeof top === 'number') request.top = top;
    if (typeof skip === 'number') request.skip = skip;
    if (select === undefined && expand === undefined) request.all = true;
    return request;
  }
  addPropertyObject(request, record, 'option');
  return request;
}
