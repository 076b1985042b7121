/**
 * The shim between Microsoft's Excel client library (`@microsoft/office-js`, loaded unmodified) and
 * the protocol host. It plays the two parts Office plays around the library, and nothing else:
 * - the loader's `OSF._OfficeAppFactory.getContext()`, which gives `Office.context` (requirement
 *   sets as the declared ExcelApi version, display language);
 * - the host bridge `OSF.DDA.RichApi.executeRichApiRequestAsync(message, callback)`, through which
 *   the library's OfficeJsRequestExecutor sends every request: message[4] is the exact request
 *   body text; the answer is the response body text, or a failure code (5103/5104: the request or
 *   response over Excel's limit).
 * Browser-safe: the playground can use it on a page that loaded the library with a script tag.
 */
import type { HostClient } from './index';
import { HostCore } from './runtime';
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
  /** Where requests go (one host at a time per loaded library). */
  answer: (body: string) => ProtocolAnswer;
  isSetSupported: (name: string, minVersion?: string | number) => boolean;
  displayLanguage: string;
}

const bindings = new WeakMap<object, OfficeJsBinding>();

/** Point a loaded library at `binding` (installs the shim on first use). */
export function bindOfficeJs(g: OfficeJsGlobal, binding: OfficeJsBinding): void {
  const first = !bindings.has(g);
  bindings.set(g, binding);
  if (!first) return;
  const current = () => bindings.get(g)!;
  const context = {
    requirements: { isSetSupported: (name: string, v?: string | number) => current().isSetSupported(name, v) },
    get displayLanguage() {
      return current().displayLanguage;
    },
    get contentLanguage() {
      return current().displayLanguage;
    },
  };
  g.OSF._OfficeAppFactory = { getContext: () => context };
  const richApi = g.OSF.DDA.RichApi ?? (g.OSF.DDA.RichApi = {});
  richApi.executeRichApiRequestAsync = (message: unknown[], callback: (result: unknown) => void) => {
    const answer = current().answer(String(message[4]));
    if (answer.ok) callback({ status: 'succeeded', value: { data: [200, [], answer.body] } });
    else callback({ status: 'failed', error: { code: BRIDGE_CODES[answer.code] ?? 5001, message: answer.message } });
  };
}

/**
 * The client for createTestHost: the loaded library in front of a protocol host on the host's
 * workbook (Node: officejsHost.ts; the browser: the playground, with the library from a script tag).
 */
export function officeJsClient(lib: OfficeJsGlobal, displayLanguage = 'nl-NL') {
  return (core: HostCore, isSetSupported: OfficeJsBinding['isSetSupported']): HostClient => {
    const protocol = createProtocolHost(core);
    const activate = () => bindOfficeJs(lib, { answer: protocol.handle, isSetSupported, displayLanguage });
    activate();
    return { Excel: lib.Excel, Office: lib.Office, OfficeExtension: lib.OfficeExtension, activate };
  };
}
