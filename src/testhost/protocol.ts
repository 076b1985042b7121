/**
 * The protocol host: answers the serialized requests of Microsoft's own Excel client library
 * (`{ Actions, ObjectPaths }` → `{ Results }` or `{ Error: { Code, Message, Location, ActionIndex } }`)
 * from the in-memory workbook, as Excel does on the other side of `context.sync()`. The members'
 * semantics (API sets, sheet names, shapes, formula-looking text, protection) are the type specs
 * of ./types, run here on the Excel side; the client side is the real library.
 *
 * Object paths: 1 global object (the workbook), 3 method, 4 property, 5 indexer (getItem),
 * 6 reference id, 7 null object. Actions: 1 instantiate, 2 query, 3 method, 4 set property,
 * 5 trace. A Range gets a reference (`_KeepReference`, answered with `_ReferenceId`) that lives
 * until the library releases it with `_RemoveReference` when its `Excel.run` ends.
 */
import { HostError, notSimulated } from './errors';
import { Ctx, NULL, Obj, PropSpec, TypeSpec, objectOf } from './runtime';
import { HostCore, RequestRecord, utf8Length } from './core';
import { WorkbookType } from './types';
import { addRangeMembers } from './rangeMembers';

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

/** What the host answers: a body, or a failure of the whole request (no body), as Excel's host bridge does. */
export type ProtocolAnswer = { ok: true; body: string } | { ok: false; code: string; message: string };

/** A reference the client holds across requests (a tracked Range). */
interface Reference {
  spec: TypeSpec;
  target: unknown;
}

/** Types whose path the library rewrites to getItem(id) once Excel gives their id (they have a _collectionPropertyPath). */
const NAMED_BY_ID = new Set(['Worksheet', 'Table']);

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Whether a request only releases references (the one the library sends when Excel.run ends). */
function isRelease(body: RequestBody): boolean {
  const root = (a: ActionInfo) => a.ActionType === 1 && body.ObjectPaths[String(a.ObjectPathId)]?.ObjectPathType === 1;
  return body.Actions.some((a) => a.Name === '_RemoveReference') && body.Actions.every((a) => (a.ActionType === 3 && a.Name === '_RemoveReference') || root(a));
}

/**
 * Actions that read or change the workbook (loads, property sets, method calls): what fault
 * injection's `afterOperations` counts. Instantiations and reference bookkeeping are not.
 */
function isOperation(a: ActionInfo): boolean {
  return a.ActionType === 2 || a.ActionType === 4 || (a.ActionType === 3 && !a.Name.startsWith('_'));
}

export interface ProtocolHost {
  /** Answer one request body (the exact text the library sends). */
  handle(text: string): ProtocolAnswer;
}

export function createProtocolHost(core: HostCore): ProtocolHost {
  addRangeMembers();
  const references = new Map<string, Reference>();
  let nextReference = 1;

  function handle(text: string): ProtocolAnswer {
    const bytes = utf8Length(text);
    const body = JSON.parse(text) as RequestBody;
    const release = isRelease(body);
    const stats = core.stats;
    if (!release) stats.syncCount++;
    const record: RequestRecord = { sync: stats.syncCount, bytes, responseBytes: 0, operations: body.Actions.filter(isOperation).length, actions: body.Actions.length };
    if (release) record.release = true;
    stats.requests.push(record);
    stats.totalBytes += bytes;
    if (bytes > stats.largestRequestBytes) stats.largestRequestBytes = bytes;
    const fail = (code: string, details: string): ProtocolAnswer => {
      record.error = code;
      return { ok: false, code, message: `${new HostError(code as 'GeneralException').message} (${details})` };
    };
    // An injected fault answers with Excel's error after `afterOperations` actions (0: none applied).
    const fault = release ? undefined : core.faults.get(stats.syncCount);
    if (fault) core.faults.delete(stats.syncCount);
    if (bytes > core.requestLimitBytes) return fail('RequestPayloadSizeLimitExceeded', `${bytes} bytes > ${core.requestLimitBytes}`);

    const ctx = new Ctx(core);
    const objects = new Map<number, Obj>();
    const kept = new Set<number>();
    const results: { ActionId: number; Value?: unknown }[] = [];
    let applied = 0;
    let error: { Code: string; Message: string; Location?: string; ActionIndex: number; HttpStatusCode: number } | undefined;

    const flush = () => {
      while (ctx.queue.length) {
        const ops = ctx.queue;
        ctx.queue = [];
        for (const op of ops) {
          try {
            op.apply();
          } catch (e) {
            if (e instanceof HostError && !e.debugInfo.errorLocation) (e.debugInfo as { errorLocation?: string }).errorLocation = op.location;
            throw e;
          }
        }
      }
    };

    const args = (info: PathInfo['ArgumentInfo']): unknown[] => {
      const list = (info?.Arguments ?? []).slice();
      info?.ReferencedObjectPathIds?.forEach((id, i) => {
        if (id !== null && id !== undefined && id !== 0) list[i] = objectAt(id).proxy;
      });
      // An argument left out travels as null (JSON has no undefined).
      while (list.length && list[list.length - 1] === null) list.pop();
      return list;
    };

    const member = (obj: Obj, name: string, kind: 'method' | 'nav') => {
      const m = obj.spec.members[name];
      if (!m || m.kind !== kind) throw notSimulated(`${obj.spec.name}.${name}`);
      return m;
    };

    function objectAt(id: number): Obj {
      const known = objects.get(id);
      if (known) return known;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new HostError('InvalidObjectPath', { arg: String(id) });
      let obj: Obj;
      switch (info.ObjectPathType) {
        case 1:
          obj = new Obj(ctx, WorkbookType, 'workbook', undefined, () => core.wb);
          break;
        case 4:
        {
          const parent = objectAt(info.ParentObjectPathId!);
          member(parent, camel(info.Name), 'nav');
          obj = parent.nav(camel(info.Name));
          break;
        }
        case 3:
        case 5: {
          const parent = objectAt(info.ParentObjectPathId!);
          const name = info.ObjectPathType === 5 ? 'getItem' : camel(info.Name);
          const m = member(parent, name, 'method');
          if (m.kind !== 'method') throw notSimulated(name);
          const child = objectOf(m.call(parent, args(info.ArgumentInfo), `${parent.spec.name}.${name}`));
          if (!child) throw notSimulated(`${parent.spec.name}.${name} returning an object`);
          obj = child;
          flush(); // a path that writes (worksheets.add) acts where it is first used
          break;
        }
        case 6: {
          const ref = references.get(info.Name);
          if (!ref) throw new HostError('InvalidObjectPath', { arg: info.Name, details: 'the reference was released' });
          obj = new Obj(ctx, ref.spec, `ref(${info.Name})`, undefined, () => ref.target);
          break;
        }
        case 7:
          throw new HostError('InvalidObjectPath', { arg: 'null object' });
        default:
          throw notSimulated(`object path type ${info.ObjectPathType}`);
      }
      objects.set(id, obj);
      return obj;
    }

    /** Id of an object that Excel names by id (a worksheet, a table): the library rewrites its path to it. */
    const idOf = (obj: Obj, target: unknown): unknown => {
      const m = obj.spec.members.id as PropSpec | undefined;
      return m?.kind === 'prop' && NAMED_BY_ID.has(obj.spec.name) ? m.get(target, obj) : undefined;
    };

    /** The loaded values of an object, as the response spells them (PascalCase, collections as _Items). */
    function valueOf(obj: Obj, paths: string[] | undefined): unknown {
      const target = obj.resolve();
      if (target === NULL) return null;
      const out: Record<string, unknown> = {};
      const loaded = obj.loaded as Record<string, unknown>;
      if (obj.spec.collection) {
        // The library selects item members without the "items/" prefix.
        const itemPaths = paths?.filter((p) => p !== 'items' && obj.spec.members[p]?.kind !== 'prop').map((p) => (p.startsWith('items/') ? p.slice(6) : p));
        const items = loaded.items as unknown[] | undefined;
        if (items) {
          out._Items = items.map((proxy) => {
            const item = objectOf(proxy)!;
            const v = valueOf(item, itemPaths && itemPaths.length ? itemPaths : undefined) as Record<string, unknown>;
            const id = idOf(item, item.resolve());
            if (id !== undefined) v._Id = id;
            return v;
          });
        }
        for (const [k, v] of Object.entries(loaded)) if (k !== 'items') out[pascal(k)] = v;
        return out;
      }
      for (const [k, v] of Object.entries(loaded)) out[pascal(k)] = v;
      // Navigation members travel nested, with what was selected below them.
      const below = new Map<string, string[]>();
      for (const p of paths ?? []) {
        const [head, ...rest] = p.split('/');
        if (obj.spec.members[head]?.kind !== 'nav') continue;
        if (!below.has(head)) below.set(head, []);
        if (rest.length) below.get(head)!.push(rest.join('/'));
      }
      for (const [head, rest] of below) out[pascal(head)] = valueOf(obj.nav(head), rest.length ? rest : undefined);
      return out;
    }

    function act(action: ActionInfo): unknown {
      const obj = objectAt(action.ObjectPathId);
      switch (action.ActionType) {
        case 1: {
          flush();
          const target = obj.resolve();
          if (target === NULL) return null;
          obj.live();
          obj.checkApi('1.1', `${obj.spec.name}`);
          const value: Record<string, unknown> = {};
          const id = idOf(obj, target);
          if (id !== undefined) value.Id = id;
          // A tracked range keeps a reference; so does an object a request adds (a chart, a series),
          // whose path would not survive the request: the library then names it by reference.
          const info = body.ObjectPaths[String(action.ObjectPathId)];
          if (kept.has(action.ObjectPathId) || (info?.ObjectPathType === 3 && info.Name === 'Add' && id === undefined)) {
            const name = `ref${nextReference++}`;
            references.set(name, { spec: obj.spec, target });
            value._ReferenceId = name;
          }
          return value;
        }
        case 2: {
          const paths = [...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])];
          obj.loaded = {};
          obj.load(paths.length ? paths : undefined); // checks the paths (a member not simulated fails here)
          flush();
          return valueOf(obj, paths);
        }
        case 3: {
          if (action.Name === '_KeepReference') {
            kept.add(action.ObjectPathId);
            return undefined;
          }
          if (action.Name === '_RemoveReference') {
            references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
            return undefined;
          }
          const name = camel(action.Name);
          const m = member(obj, name, 'method');
          if (m.kind !== 'method') return undefined;
          const ret = m.call(obj, args(action.ArgumentInfo), `${obj.spec.name}.${name}`);
          flush();
          return objectOf(ret) ? undefined : ret;
        }
        case 4: {
          (obj.proxy as Record<string, unknown>)[camel(action.Name)] = action.ArgumentInfo?.Arguments?.[0];
          flush();
          return undefined;
        }
        case 5:
          return undefined;
        default:
          throw notSimulated(`action type ${action.ActionType}`);
      }
    }

    body.Actions.forEach((action, index) => {
      if (error) return;
      try {
        if (fault && isOperation(action) && applied >= fault.afterOperations) throw new HostError(fault.code, { location: 'injected fault', details: `after ${applied} of ${record.operations} operations` });
        const value = act(action);
        if (isOperation(action)) applied++;
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const he = e instanceof HostError ? e : new HostError('GeneralException', { details: String(e) });
        error = { Code: he.code, Message: he.message, Location: he.debugInfo.errorLocation, ActionIndex: index, HttpStatusCode: he.httpStatusCode || 400 };
      }
    });
    if (applied > 0) core.notify();
    if (!error && fault) {
      // Everything applied and the response lost.
      const lost = new HostError(fault.code, { location: 'injected fault', details: 'after all actions: the response is lost' });
      error = { Code: lost.code, Message: lost.message, Location: 'injected fault', ActionIndex: -1, HttpStatusCode: 500 };
    }
    if (error) record.error = error.Code;
    const answer = JSON.stringify(error ? { Error: error, Results: results } : { Results: results });
    record.responseBytes = utf8Length(answer);
    if (record.responseBytes > stats.largestResponseBytes) stats.largestResponseBytes = record.responseBytes;
    if (record.responseBytes > core.responseLimitBytes) return fail('ResponsePayloadSizeLimitExceeded', `${record.responseBytes} bytes > ${core.responseLimitBytes}`);
    return { ok: true, body: answer };
  }

  return { handle };
}
