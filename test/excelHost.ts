/**
 * The Excel the gateway tests run on: Microsoft's own client library (@microsoft/office-js,
 * unmodified; the web build, or KRING_OFFICEJS=excel-win32-16.01 for the Windows build) in front
 * of the protocol host and the in-memory workbook. Every request is the real serialized body.
 */
import { TestHost, TestHostOptions } from '../src/testhost';
import { OfficeJsFlavour, createOfficeJsHost } from '../src/testhost/officejsHost';

/** The manifest's minimum (manifest.xml). */
export const MANIFEST_API = '1.7';
/** The newest ExcelApi set Excel on the web supports. */
export const NEWEST_API = '1.20';

export const FLAVOUR: OfficeJsFlavour = process.env.KRING_OFFICEJS === 'excel-win32-16.01' ? 'excel-win32-16.01' : 'excel-web-16.00';

export function createExcelHost(options: TestHostOptions): TestHost {
  return createOfficeJsHost({ ...options, flavour: FLAVOUR });
}

/** The sets the gateway tests run at: the manifest's minimum and the newest on the web. */
export const API_VERSIONS = [MANIFEST_API, NEWEST_API];
