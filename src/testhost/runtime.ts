/**
 * The Excel-side runtime of the test host, used by the protocol host for each request: objects
 * (as JS Proxies over the type specs, so that an unknown member is "not simulated"), the queue
 * of operations a member call or property set produces, loads, and API-set checks. The client is
 * Microsoft's own library (./officejs); this is what answers it. What all parts share (the
 * workbook, version, limits, statistics, faults): ./core.
 */
import { HostError, notSimulated } from './errors';
import { HostCore, versionAtLeast } from './core';

export const NULL = Symbol('null object');

// ---------------------------------------------------------------------------------------------
// type specs

export interface PropSpec {
  kind: 'prop';
  api: string;
  /** API set needed to set the property, when different from `api`. */
  setApi?: string;
  readonly?: boolean;
  get(target: any, obj: Obj): unknown;
  set?(target: any, value: unknown, obj: Obj): void;
}

export interface NavSpec {
  kind: 'nav';
  api: string;
  make(obj: Obj, name: string): Obj;
}

export interface MethodSpec {
  kind: 'method';
  api: string;
  /** Runs at call time: creates child objects and/or queues operations. */
  call(obj: Obj, args: unknown[], location: string): unknown;
}

export type MemberSpec = PropSpec | NavSpec | MethodSpec;

export interface TypeSpec {
  name: string;
  members: Record<string, MemberSpec>;
  collection?: {
    itemType: () => TypeSpec;
    items(target: any, obj: Obj): any[];
  };
}

interface Op {
  location: string;
  payload: unknown;
  apply(): void;
}

// ---------------------------------------------------------------------------------------------
// contexts

/** The objects and queued operations of one request being answered. */
export class Ctx {
  queue: Op[] = [];
  constructor(readonly core: HostCore) {}
}

// ---------------------------------------------------------------------------------------------
// client objects

const objOfProxy = new WeakMap<object, Obj>();

export function objectOf(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null ? objOfProxy.get(value) : undefined;
}

/** Property names that tooling (jest, promises, React, util.inspect) probes; they read as undefined. */
const PROBES = new Set(['then', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction', 'inspect', 'constructor', 'toString', 'valueOf']);

export class Obj {
  readonly proxy: any;
  loaded: Record<string, unknown> = {};
  local: Record<string, unknown> = {};
  isNull?: boolean;
  private pinned = false;
  private target: unknown;
  private navCache = new Map<string, Obj>();
  /** API set this object needs (from the member that produced it). */
  requires?: { api: string; location: string };

  constructor(
    readonly ctx: Ctx,
    readonly spec: TypeSpec,
    readonly path: string,
    readonly parent: Obj | undefined,
    private readonly resolver: () => unknown,
  ) {
    this.proxy = new Proxy(this, HANDLER);
    objOfProxy.set(this.proxy, this);
  }

  get core(): HostCore {
    return this.ctx.core;
  }

  /** The object's target in the workbook, resolved at first use during a sync and then pinned. */
  resolve(): any {
    if (!this.pinned) {
      const t = this.resolver();
      this.target = t;
      this.pinned = true;
    }
    return this.target;
  }

  /** The target, failing for null objects. */
  live(): any {
    const t = this.resolve();
    if (t === NULL) throw new HostError('ItemNotFound', { location: this.path, details: 'the object is a null object' });
    if (t && typeof t === 'object' && (t as { deleted?: boolean }).deleted) {
      throw new HostError('ItemNotFound', { location: this.path, details: 'the object was deleted' });
    }
    return t;
  }

  child(spec: TypeSpec, path: string, resolver: () => unknown, requires?: { api: string; location: string }): Obj {
    const obj = new Obj(this.ctx, spec, path, this, resolver);
    if (requires && !versionAtLeast(this.core.apiVersion, requires.api)) obj.requires = requires;
    return obj;
  }

  nav(name: string): Obj {
    let obj = this.navCache.get(name);
    if (!obj) {
      const m = this.spec.members[name] as NavSpec;
      obj = m.make(this, name);
      if (!versionAtLeast(this.core.apiVersion, m.api)) obj.requires = { api: m.api, location: `${this.spec.name}.${name}` };
      this.navCache.set(name, obj);
    }
    return obj;
  }

  checkApi(api: string, location: string): void {
    if (!versionAtLeast(this.core.apiVersion, api)) {
      throw new HostError('ApiNotFound', { location, details: `${location} needs ExcelApi ${api}; the host runs ExcelApi ${this.core.apiVersion}` });
    }
    for (let o: Obj | undefined = this; o; o = o.parent) {
      if (o.requires) {
        throw new HostError('ApiNotFound', { location: o.requires.location, details: `${o.requires.location} needs ExcelApi ${o.requires.api}; the host runs ExcelApi ${this.core.apiVersion}` });
      }
    }
  }

  /** Queue an operation applied at the next sync. */
  queue(location: string, api: string, payload: unknown, apply: (target: any) => void, allowNull = false): void {
    this.ctx.queue.push({
      location,
      payload: { path: this.path, op: location, args: payload },
      apply: () => {
        this.checkApi(api, location);
        if (allowNull) apply(this.resolve());
        else apply(this.live());
      },
    });
  }

  // --- load -----------------------------------------------------------------------------------

  load(option?: unknown): any {
    const paths = parseLoad(option);
    const plan = this.planLoad(paths);
    this.ctx.queue.push({
      location: `${this.spec.name}.load`,
      payload: { path: this.path, load: paths ?? '*' },
      apply: () => plan(),
    });
    return this.proxy;
  }

  /** Check the load paths now (unknown members are not simulated) and return the snapshot step. */
  private planLoad(paths: string[] | undefined): () => void {
    const spec = this.spec;
    if (spec.collection) {
      const own = ownPropsOf(spec, paths);
      checkPaths(spec.collection.itemType(), itemPathsOf(paths?.filter((p) => !own.includes(p))));
      return () => this.snapshot(paths);
    }
    checkPaths(spec, paths);
    return () => this.snapshot(paths);
  }

  /** Apply a load: copy the requested properties from the workbook (a snapshot). */
  snapshot(paths: string[] | undefined): void {
    this.checkApi('1.1', `${this.spec.name}.load`);
    const t = this.resolve();
    if (t === NULL) {
      this.isNull = true;
      return;
    }
    this.live();
    this.isNull = false;
    const spec = this.spec;
    if (spec.collection) {
      // Own properties of a collection (e.g. "count"); load('count') alone loads no items.
      const own = ownPropsOf(spec, paths);
      const next: Record<string, unknown> = { ...this.loaded };
      for (const p of own) {
        const m = spec.members[p] as PropSpec;
        this.checkApi(m.api, `${spec.name}.${p}`);
        next[p] = m.get(t, this);
      }
      this.loaded = next;
      const rest = paths?.filter((p) => !own.includes(p));
      if (rest && rest.length === 0) return;
      const itemSpec = spec.collection.itemType();
      const itemPaths = itemPathsOf(rest);
      const items = spec.collection.items(t, this).map((it, i) => {
        const item = new Obj(this.ctx, itemSpec, `${this.path}.items[${i}]`, this, () => it);
        item.snapshot(itemPaths);
        return item.proxy;
      });
      this.loaded = { ...this.loaded, items };
      return;
    }
    const props = paths ?? Object.keys(spec.members).filter((k) => {
      const m = spec.members[k];
      return m.kind === 'prop' && versionAtLeast(this.core.apiVersion, m.api);
    });
    const groups = new Map<string, string[]>();
    for (const p of props) {
      const [head, ...rest] = p.split('/');
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length) groups.get(head)!.push(rest.join('/'));
    }
    const next: Record<string, unknown> = { ...this.loaded };
    for (const [head, rest] of groups) {
      const m = spec.members[head];
      if (m.kind === 'prop') {
        this.checkApi(m.api, `${spec.name}.${head}`);
        const value = m.get(t, this);
        next[head] = value;
      } else if (m.kind === 'nav') {
        this.nav(head).snapshot(rest.length ? rest : undefined);
      }
    }
    this.loaded = next;
  }

  toJSON(): unknown {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.loaded)) {
      out[k] = Array.isArray(v) && k === 'items' ? v.map((x) => (objectOf(x) ? objectOf(x)!.toJSON() : x)) : v;
    }
    return out;
  }
}

/** Paths naming a collection's own properties (such as "count"). */
function ownPropsOf(spec: TypeSpec, paths: string[] | undefined): string[] {
  return (paths ?? []).filter((p) => spec.members[p]?.kind === 'prop');
}

/** Paths on a collection ("items", "items/name", "name") → paths on its items (undefined = all). */
function itemPathsOf(paths: string[] | undefined): string[] | undefined {
  if (!paths) return undefined;
  const out = paths.filter((p) => p !== 'items').map((p) => (p.startsWith('items/') ? p.slice(6) : p));
  return out.length ? out : undefined;
}

function parseLoad(option: unknown): string[] | undefined {
  if (option === undefined || option === null) return undefined;
  if (typeof option === 'string') return splitList(option);
  if (Array.isArray(option)) return option.flatMap((x) => splitList(String(x)));
  if (typeof option === 'object') {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    const keys = Object.keys(o).filter((k) => k !== 'select' && k !== 'expand');
    if (keys.length) throw notSimulated(`load option ${keys.join(', ')}`);
    const sel = o.select === undefined ? [] : Array.isArray(o.select) ? o.select : splitList(o.select);
    const exp = o.expand === undefined ? [] : Array.isArray(o.expand) ? o.expand : splitList(o.expand);
    return [...sel, ...exp];
  }
  throw new HostError('InvalidArgument', { location: 'load', details: 'load option must be a string, an array or an object' });
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function checkPaths(spec: TypeSpec, paths: string[] | undefined): void {
  if (!paths) return;
  for (const p of paths) {
    let s: TypeSpec | undefined = spec;
    const segs = p.split('/');
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if (!s) break;
      if (s.collection) {
        if (seg === 'items') continue;
        s = s.collection.itemType();
      }
      const m: MemberSpec | undefined = s.members[seg];
      if (!m || m.kind === 'method') throw notSimulated(`${s.name}.${seg} (in load "${p}")`);
      if (m.kind === 'prop') {
        if (i !== segs.length - 1) throw new HostError('InvalidArgument', { location: `${s.name}.load`, details: `"${p}"` });
        s = undefined;
      } else {
        s = navTypes.get(`${s.name}.${seg}`);
        if (!s) throw notSimulated(`${spec.name} load path "${p}"`);
      }
    }
  }
}

/** Registry of navigation target types, for checking load paths before anything runs. */
export const navTypes = new Map<string, TypeSpec>();

const HANDLER: ProxyHandler<Obj> = {
  get(obj, p) {
    if (typeof p === 'symbol') return undefined;
    const spec = obj.spec;
    switch (p) {
      case 'load':
        return (option?: unknown) => obj.load(option);
      case 'toJSON':
        return () => obj.toJSON();
      case 'isNullObject':
        if (obj.isNull === undefined) {
          throw new HostError('PropertyNotLoaded', { arg: 'isNullObject', location: `${spec.name}.isNullObject` });
        }
        return obj.isNull;
      case 'items':
        if (spec.collection) {
          if ('items' in obj.loaded) return obj.loaded.items;
          throw new HostError('PropertyNotLoaded', { arg: 'items', location: `${spec.name}.items` });
        }
        break;
    }
    const m = spec.members[p];
    if (!m) {
      if (PROBES.has(p)) return undefined;
      throw notSimulated(`${spec.name}.${p}`);
    }
    if (m.kind === 'prop') {
      if (p in obj.loaded) return obj.loaded[p];
      if (p in obj.local) return obj.local[p];
      if (obj.isNull) return undefined;
      throw new HostError('PropertyNotLoaded', { arg: p, location: `${spec.name}.${p}` });
    }
    if (m.kind === 'nav') return obj.nav(p).proxy;
    return (...args: unknown[]) => {
        return m.call(obj, args, `${spec.name}.${p}`);
    };
  },
  set(obj, p, value) {
    if (typeof p === 'symbol') return false;
    const spec = obj.spec;
    const m = spec.members[p];
    if (!m) throw notSimulated(`${spec.name}.${p} (set)`);
    if (m.kind !== 'prop' || m.readonly || !m.set) {
      throw new TypeError(`Cannot set property ${p} of #<${spec.name}> which has only a getter`);
    }
    obj.local[p] = value;
    const location = `${spec.name}.${p}`;
    obj.queue(location, m.setApi ?? m.api, { [p]: value }, (t) => m.set!(t, value, obj));
    return true;
  },
  has(obj, p) {
    return typeof p === 'string' && (p in obj.spec.members || p === 'load' || p === 'context' || p === 'isNullObject');
  },
  ownKeys(obj) {
    return Object.keys(obj.loaded);
  },
  getOwnPropertyDescriptor(obj, p) {
    if (typeof p === 'string' && p in obj.loaded) return { value: obj.loaded[p], enumerable: true, configurable: true, writable: false };
    return undefined;
  },
};
