/**
 * The folder boundaries and the size limit, as eslint.config.js states them and `npm test` runs
 * them (`eslint src`): proved here on small files linted as if they stood in each folder.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');
// The project's config, given directly: ESLint would load the file with a dynamic import, which jest's VM refuses.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') });

/** The rules a file at `file` (relative to the project) breaks: rule ids of its errors. */
async function errorsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const imports = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('import boundaries', () => {
  test.each([
    ['src/engine/boundary.ts', './workbook'],
    ['src/engine/pairing/boundary.ts', '../model'],
    ['src/engine/layout/boundary.ts', '../workbook'],
    ['src/excel/boundary.ts', '../engine/layout/sheet'],
    ['src/xlsx/write/boundary.ts', '../../engine/layout/lists'],
    ['src/taskpane/officeOps.ts', '../excel'],
    ['src/taskpane/boundary.ts', '../engine/hostFeatures'],
    ['src/cli/boundary.ts', '../xlsx/gateway'],
  ])('%s may import %s', async (file, from) => {
    expect(await errorsOf(file, imports(from))).toEqual([]);
  });

  test.each([
    ['src/engine/boundary.ts', '../excel/gateway'],
    ['src/engine/boundary.ts', '../taskpane/ops'],
    ['src/engine/boundary.ts', 'fs'],
    ['src/engine/boundary.ts', 'react'],
    ['src/engine/pairing/boundary.ts', '../../xlsx/gateway'],
    ['src/engine/layout/boundary.ts', '../../excel/layout'],
    ['src/excel/boundary.ts', '../xlsx/charts'],
    ['src/xlsx/boundary.ts', '../excel/layout'],
    ['src/xlsx/write/boundary.ts', '../../excel/chartLayout'],
    ['src/taskpane/boundary.ts', '../excel/gateway'],
    ['src/taskpane/components/Boundary.tsx', '../../excel'],
    ['src/cli/boundary.ts', '../excel'],
  ])('%s may not import %s', async (file, from) => {
    expect(await errorsOf(file, imports(from))).toEqual(['no-restricted-imports']);
  });

  test('an engine folder deeper than the rules reach is reported until the rules reach it', async () => {
    expect(await errorsOf('src/engine/a/b/c/d/e/boundary.ts', imports('./x'))).toEqual(['no-restricted-imports']);
    expect(await errorsOf('src/engine/a/b/c/d/boundary.ts', imports('../../../../workbook'))).toEqual([]);
    expect(await errorsOf('src/engine/a/b/c/d/boundary.ts', imports('../../../../../excel'))).toEqual(['no-restricted-imports']);
  });

  test('a type-only import counts too', async () => {
    expect(await errorsOf('src/taskpane/boundary.ts', "import type { ExcelFeatures } from '../excel/gateway';\nexport type F = ExcelFeatures;\n")).toEqual(['no-restricted-imports']);
  });
});

describe('max-lines 400 (every line: blank lines and comments count, as wc -l counts)', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `// line ${i}` : i % 3 === 1 ? '' : `export const v${i} = ${i};`)).join('\n') + '\n';

  test('a file of 400 lines passes, one of 401 lines is reported', async () => {
    expect(await errorsOf('src/excel/long.ts', lines(400))).toEqual([]);
    expect(await errorsOf('src/excel/long.ts', lines(401))).toEqual(['max-lines']);
    expect(await errorsOf('src/engine/pairing/long.ts', lines(401))).toEqual(['max-lines']);
    expect(await errorsOf('src/taskpane/components/Long.tsx', lines(401))).toEqual(['max-lines']);
  });

  test('no file in src is over the limit: there is no allow-list', () => {
    const over: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && readFileSync(full, 'utf8').split('\n').length - 1 > 400) over.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(over).toEqual([]);
    expect(readFileSync(path.join(ROOT, 'eslint.config.js'), 'utf8')).not.toMatch(/'max-lines': 'off'/);
  });
});
