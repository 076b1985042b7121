/**
 * The engine compiles alone, without DOM, Office or Node types (tsconfig.engine.json, run by
 * `npm test`): engine code that reaches for `document`, `Office`, `Excel`, `require('fs')` or
 * `process` does not compile. Proved here by compiling small files with the same options.
 */
import path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

function engineOptions(): ts.CompilerOptions {
  const file = path.join(ROOT, 'tsconfig.engine.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file).options;
}

/** Compile virtual engine files (name → source) with the engine's options; the errors per file. */
function compile(files: Record<string, string>): Record<string, string[]> {
  const options = engineOptions();
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(ROOT, 'src/engine', name), text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, onError) => {
    const text = virtual.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile.call(host, name, language, onError);
  };
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(files)) {
    const source = program.getSourceFile(path.join(ROOT, 'src/engine', name))!;
    out[name] = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return out;
}

test('tsconfig.engine.json compiles src/engine with ES2020 and no ambient types', () => {
  const options = engineOptions();
  expect(options.lib).toEqual(['lib.es2020.d.ts']);
  expect(options.types).toEqual([]);
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.engine.json'), ts.sys.readFile);
  expect(config.include).toEqual(['src/engine/**/*']);
});

test('npm test compiles the engine alone and lints the import and size rules', () => {
  const script: string = require('../../package.json').scripts.test;
  expect(script).toContain('tsc -p tsconfig.engine.json');
  expect(script).toContain('eslint src');
});

test('an engine file that uses the DOM, Office, Excel or Node does not compile', () => {
  const errors = compile({
    'boundaryGood.ts': "import { columnLetters } from './workbook';\nexport const ok: string = columnLetters(3) + JSON.stringify(new Map([[1, 2]]).size);\n",
    'boundaryDom.ts': 'export const title = document.title;\n',
    'boundaryOffice.ts': "export const ready = Office.onReady();\n",
    'boundaryExcel.ts': 'export async function run(): Promise<void> {\n  await Excel.run(async () => undefined);\n}\n',
    'boundaryFs.ts': "const fs = require('fs');\nexport const read = fs.readFileSync;\n",
    'boundaryProcess.ts': 'export const home = process.env.HOME;\n',
  });
  expect(errors['boundaryGood.ts']).toEqual([]);
  expect(errors['boundaryDom.ts']).toEqual([expect.stringMatching(/Cannot find name 'document'/)]);
  expect(errors['boundaryOffice.ts']).toEqual([expect.stringMatching(/Cannot find name 'Office'/)]);
  expect(errors['boundaryExcel.ts']).toEqual([expect.stringMatching(/Cannot find name 'Excel'/)]);
  expect(errors['boundaryFs.ts']).toEqual([expect.stringMatching(/Cannot find name 'require'/)]);
  expect(errors['boundaryProcess.ts']).toEqual([expect.stringMatching(/Cannot find name 'process'/)]);
});
