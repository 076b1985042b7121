/**
 * Node only: a test host whose client is Microsoft's own Excel client library (unmodified, from
 * @microsoft/office-js), its requests answered by the protocol host from the in-memory workbook.
 * Same inspection, seeding, stats and fault injection as createTestHost.
 */
import { TestHost, TestHostOptions, createTestHost } from './index';
import { officeJsClient } from './officejs';
import { OfficeJsFlavour, loadOfficeJs } from './officejsNode';

export type { OfficeJsFlavour };

export interface OfficeJsHostOptions extends TestHostOptions {
  /** Which build of the library (default Excel on the web). */
  flavour?: OfficeJsFlavour;
}

export function createOfficeJsHost(options: OfficeJsHostOptions): TestHost {
  return createTestHost(options, officeJsClient(loadOfficeJs(options.flavour ?? 'excel-web-16.00'), options.displayLanguage));
}
