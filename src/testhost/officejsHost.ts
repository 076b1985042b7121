/**
 * Node only: a test host whose client is Microsoft's own Excel client library (unmodified, from
 * @microsoft/office-js), its requests answered by the protocol host from the in-memory workbook.
 * Same inspection, seeding, stats and fault injection as createTestHost.
 */
import { TestHost, TestHostOptions, createTestHost } from './index';
import { bindOfficeJs } from './officejs';
import { OfficeJsFlavour, loadOfficeJs } from './officejsNode';
import { createProtocolHost } from './protocol';

export type { OfficeJsFlavour };

export interface OfficeJsHostOptions extends TestHostOptions {
  /** Which build of the library (default Excel on the web). */
  flavour?: OfficeJsFlavour;
}

export function createOfficeJsHost(options: OfficeJsHostOptions): TestHost {
  return createTestHost(options, (core, isSetSupported) => {
    const lib = loadOfficeJs(options.flavour ?? 'excel-web-16.00');
    const protocol = createProtocolHost(core);
    const activate = () => bindOfficeJs(lib, { answer: protocol.handle, isSetSupported, displayLanguage: options.displayLanguage ?? 'nl-NL' });
    activate();
    return { Excel: lib.Excel, Office: lib.Office, OfficeExtension: lib.OfficeExtension, activate };
  });
}
