/**
 * Node only (fs, vm; the playground never imports it): loads Microsoft's Excel client library
 * from node_modules/@microsoft/office-js, unmodified, into its own global scope with the little
 * of a browser it touches at load time. Loaded once per flavour and process; hosts rebind it.
 */
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';
import { OfficeJsGlobal } from './officejs';

/** Excel on the web, and Excel on Windows (Microsoft 365). */
export type OfficeJsFlavour = 'excel-web-16.00' | 'excel-win32-16.01';

const loaded = new Map<OfficeJsFlavour, OfficeJsGlobal>();

export function officeJsFile(flavour: OfficeJsFlavour): string {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', `${flavour}.js`);
}

export function loadOfficeJs(flavour: OfficeJsFlavour): OfficeJsGlobal {
  const known = loaded.get(flavour);
  if (known) return known;
  const element = () => ({ style: {}, setAttribute() {}, appendChild() {}, addEventListener() {}, getElementsByTagName: () => [] });
  const g: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: 'node', language: 'nl-NL' },
    location: { href: 'https://localhost/taskpane.html', search: '', hash: '', protocol: 'https:', host: 'localhost', hostname: 'localhost', pathname: '/taskpane.html' },
    document: { getElementById: () => null, createElement: element, getElementsByTagName: () => [], addEventListener() {}, readyState: 'complete', head: element(), body: element(), documentElement: element(), cookie: '' },
    addEventListener() {},
    removeEventListener() {},
  };
  g.window = g;
  g.self = g;
  vm.createContext(g);
  const file = officeJsFile(flavour);
  vm.runInContext(readFileSync(file, 'utf8'), g, { filename: file });
  const lib = g as unknown as OfficeJsGlobal;
  if (typeof lib.Excel?.run !== 'function') throw new Error(`${file} did not define Excel.run`);
  loaded.set(flavour, lib);
  return lib;
}
