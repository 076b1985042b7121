/*
 * The add-in's own pages that the manifest links to: the support page and the privacy statement,
 * Dutch and English, in the built dist/. They load nothing at all: no script, style sheet, font or
 * image, not even from the add-in's host (scripts/e2e.js already fails on any other host).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { assert } = require('./helpers');

const DIST = path.resolve(__dirname, '..', '..', 'dist');

/** Opens a page of dist/ and returns every request it made besides the page itself. */
async function visit(page, baseUrl, file) {
  const requests = [];
  const listen = (r) => requests.push(r.url());
  page.on('request', listen);
  const response = await page.goto(`${baseUrl}${file}`);
  await page.waitForLoadState('networkidle');
  page.off('request', listen);
  assert.equal(response.status(), 200, `${file} is served`);
  // The browser may ask for a favicon on its own; that is not the page loading something.
  return requests.filter((u) => !u.endsWith(`/${file}`) && !u.endsWith('/favicon.ico'));
}

module.exports = [
  {
    name: 'pages: the manifest\'s SupportUrl and LearnMoreUrl open the support page in dist/, which links to the privacy statement; both load nothing',
    async run({ page, baseUrl }) {
      const manifest = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
      const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)[1];
      const learnMore = /<bt:Url id="Kring\.LearnMore\.Url" DefaultValue="([^"]+)"/.exec(manifest)[1];
      for (const url of [support, learnMore]) {
        const file = new URL(url).pathname.replace(/^\//, '');
        assert.ok(fs.existsSync(path.join(DIST, file)), `${url} is a file in dist/`);
        assert.equal(file, 'support.html');
      }
      for (const [file, nl, en] of [
        ['support.html', 'Kring — ondersteuning', 'Kring — support'],
        ['privacy.html', 'Kring — privacyverklaring', 'Kring — privacy statement'],
      ]) {
        const extra = await visit(page, baseUrl, file);
        assert.deepEqual(extra, [], `${file} requests nothing else`);
        const headings = await page.locator('h1').allInnerTexts();
        assert.deepEqual(headings, [nl, en], `${file} in Dutch and English`);
        assert.equal(await page.locator('#en').getAttribute('lang'), 'en');
        assert.equal(await page.locator('script, link, img, iframe, object').count(), 0, `${file} has no script, link or image`);
      }
      await visit(page, baseUrl, 'support.html');
      await page.getByRole('link', { name: 'privacyverklaring', exact: true }).click();
      await page.waitForURL(/privacy\.html#nl$/);
      assert.match(await page.locator('#nl').innerText(), /artikel 9 AVG/);
    },
  },
];
