/**
 * The shim between Microsoft's Excel client library (`@microsoft/office-js`, loaded unmodified) and
 * the protocol host. It plays the two parts Office plays around the library, and nothing else:
 * - the loader's `OSF._OfficeAppFactory.getContext()`, which gives `Office.context` (requirement
 *   sets as the declared ExcelApi version, display language);
 * - the host bridge `OSF.DDA.RichApi.executeRichApiRequestAsync(message, callback)`, through which
 *   the library's OfficeJsRequestExecutor sends every request: message[4] is the exact request
 *   body text; the answer is the response body text, or a failure code (5103/5104: the request or
 *   response over Excel's limit).
 * Several hosts can share one loaded library: each host's Excel.run marks its requests with a
 * header, and Office.context answers for the host last created or installed.
 * Browser-safe: the playground uses it on a page that loaded the library with a script tag.
 */
import type { HostClient } from './index';
import { HostCore } from './core';
import { ProtocolAnswer, createProtocolHost } from './protocol';

/** The host bridge's numeric error codes (RichApiMessageUtility.OfficeJsErrorCode_ooe…). */
const BRIDGE_CODES: Record<string, number> = { RequestPayloadSizeLimitExceeded: 5103, ResponsePayloadSizeLimitExceeded: 5104 };

export interface OfficeJsGlobal {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: unknown;
  OSF: { _OfficeAppFactory?: unknown; DDA: { RichApi?: Record<string, unknown> } };
}

export interface OfficeJsBinding {
  answer: (body: string) => ProtocolAnswer;
  isSetSupported: (name: string, minVersion?: string | number) => boolean;
  displayLanguage: string;
}

/**
 * Request header naming the host a run's requests go to. One loaded library serves every host of
 * a process or page, and runs of two hosts may interleave (a playground reset while the pane
 * still reads): each host's Excel.run marks its context (ClientRequestContext.requestHeaders).
 */
const HOST_HEADER = 'x-kring-test-host';

/** A weak reference (ES2021; the library's scope and the page have it): a finished host can go. */
interface Ref<T> {
  deref(): T | undefined;
}
const WeakRefOf = (globalThis as unknown as { WeakRef: new <T extends object>(target: T) => Ref<T> }).WeakRef;

interface Shim {
  /** The library's own Excel namespace (a page's global Excel becomes a host's wrapper when installed). */
  excel: typeof Excel;
  /** The host last created or installed: Office.context answers for it. */
  current: OfficeJsBinding;
  hosts: Map<string, Ref<OfficeJsBinding>>;
}

const shims = new WeakMap<object, Shim>();
let nextHost = 1;

/** The value of a header in the host bridge's message (its headers as [name, value, name, value, …]). */
function headerOf(message: unknown[], name: string): string | undefined {
  const headers = Array.isArray(message[3]) ? (message[3] as unknown[]) : [];
  for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === name) return String(headers[i + 1]);
  return undefined;
}

/** Install the shim on a loaded library (once) and register a host; returns its id. */
function shimOfficeJs(g: OfficeJsGlobal, binding: OfficeJsBinding): { id: string; shim: Shim } {
  let shim = shims.get(g);
  if (!shim) {
    const created: Shim = { excel: g.Excel, current: binding, hosts: new Map() };
    shim = created;
    shims.set(g, created);
    const context = {
      requirements: { isSetSupported: (name: string, v?: string | number) => created.current.isSetSupported(name, v) },
      get displayLanguage() {
        return created.current.displayLanguage;
      },
      get contentLanguage() {
        return created.current.displayLanguage;
      },
    };
    g.OSF._OfficeAppFactory = { getContext: () => context };
    const richApi = g.OSF.DDA.RichApi ?? (g.OSF.DDA.RichApi = {});
    richApi.executeRichApiRequestAsync = (message: unknown[], callback: (result: unknown) => void) => {
      const target = created.hosts.get(headerOf(message, HOST_HEADER) ?? '')?.deref() ?? created.current;
      const answer = target.answer(String(message[4]));
      if (answer.ok) callback({ status: 'succeeded', value: { data: [200, [], answer.body] } });
      else callback({ status: 'failed', error: { code: BRIDGE_CODES[answer.code] ?? 5001, message: answer.message } });
    };
  }
  const id = String(nextHost++);
  shim.hosts.set(id, new WeakRefOf(binding));
  shim.current = binding;
  return { id, shim };
}

/**
 * The client for createTestHost: the loaded library in front of a protocol host on the host's
 * workbook (Node: officejsHost.ts; the browser: the playground, with the library from a script tag).
 */
export function officeJsClient(lib: OfficeJsGlobal, displayLanguage = 'nl-NL') {
  return (core: HostCore, isSetSupported: OfficeJsBinding['isSetSupported']): HostClient => {
    const protocol = createProtocolHost(core);
    const binding: OfficeJsBinding = { answer: protocol.handle, isSetSupported, displayLanguage };
    const { id, shim } = shimOfficeJs(lib, binding);
    // This host's Excel.run: the run's requests carry its id, whichever host is current.
    const run = (...args: unknown[]) => {
      const batch = args[args.length - 1];
      if (typeof batch === 'function') {
        args[args.length - 1] = (context: OfficeExtension.ClientRequestContext) => {
          context.requestHeaders[HOST_HEADER] = id;
          return batch(context);
        };
      }
      return (shim.excel.run as (...a: unknown[]) => unknown)(...args);
    };
    const excel = new Proxy(shim.excel, { get: (target, p) => (p === 'run' ? run : (target as unknown as Record<PropertyKey, unknown>)[p]) });
    // `activate` holds the binding for as long as the host lives (the shim only refers to it weakly).
    return { Excel: excel, Office: lib.Office, OfficeExtension: lib.OfficeExtension, activate: () => (shim.current = binding) };
  };
}
