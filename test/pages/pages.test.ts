/**
 * The support page and privacy statement: the manifest links to them (not to the playground),
 * the build copies them into dist/ under the name the manifest uses, and they load nothing.
 * The built pages themselves are opened in Chromium by test/e2e/pages.spec.js.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PAGES = ['support.html', 'privacy.html'];
const page = (file: string) => readFileSync(path.join(ROOT, 'src', 'pages', file), 'utf8');

test("the manifest's SupportUrl and LearnMoreUrl point at the support page, never the playground", () => {
  const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  const learnMore = /<bt:Url id="Kring\.LearnMore\.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  expect([support, learnMore]).toEqual(['https://localhost:3000/support.html', 'https://localhost:3000/support.html']);
  expect(manifest).not.toMatch(/playground/);
});

test('the production build copies every page into the root of dist/', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
  const pattern = copy.patterns.find((p: { from: string }) => p.from === 'src/pages/*.html');
  expect(pattern).toMatchObject({ to: '[name][ext]' });
  for (const file of PAGES) expect(existsSync(path.join(ROOT, 'src', 'pages', file))).toBe(true);
});

test.each(PAGES)('%s loads nothing, links only to the other page, and is in Dutch and English', (file) => {
  const html = page(file);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  const targets = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
  for (const t of targets) expect(t).toMatch(/^(#(nl|en)|(support|privacy)\.html(#(nl|en))?)$/);
  expect(html).toMatch(/<html lang="nl">/);
  expect(html).toMatch(/<section id="en" lang="en">/);
});

test('the privacy statement marks the health data and names what Kring never does, in both languages', () => {
  const html = page('privacy.html');
  expect(html).toMatch(/artikel 9 AVG/);
  expect(html).toMatch(/article 9 GDPR/);
  expect(html).toMatch(/geen server/i);
  expect(html).toMatch(/no server/i);
});
