/*
 * The production page (taskpane.html) without Excel: office.js is answered locally with a stub
 * (the request never leaves the machine), so the entry point's Office.onReady path, the language
 * choice and the error message for a failing Excel are exercised.
 */
'use strict';

const { assert, pane } = require('./helpers');

/** A stand-in for office.js: Office is ready at once; every Excel.run fails like Excel would. */
function officeStub(displayLanguage) {
  return `
    window.Office = {
      onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(function () { cb && cb(info); }, 0); return Promise.resolve(info); },
      context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: function () { return true; } } },
    };
    window.Excel = {
      run: function () {
        var e = new Error('There was an internal error while processing the request.');
        e.name = 'RichApi.Error'; e.code = 'GeneralException';
        return Promise.reject(e);
      },
    };
  `;
}

async function openTaskpane({ page, context, baseUrl }, displayLanguage) {
  const stubbed = [];
  // Registered after the runner's guard, so it takes precedence for this one address.
  await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', (route) => {
    stubbed.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStub(displayLanguage) });
  });
  await page.goto(`${baseUrl}taskpane.html`);
  await pane(page).waitFor();
  assert.equal(stubbed.length, 1, 'office.js requested once (from the CDN, answered by the stub)');
}

module.exports = [
  {
    name: 'taskpane.html outside Office (office.js blocked): a plain explanation, no crash',
    async run({ page, baseUrl, ignoreExternal }) {
      ignoreExternal('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      await page.goto(`${baseUrl}taskpane.html`);
      await page.getByText('Kring werkt als invoegtoepassing in Excel', { exact: false }).waitFor();
    },
  },
  {
    name: 'taskpane.html: renders in Office.onReady and explains a failing Excel in plain Dutch',
    async run(fixtures) {
      const { page, saveScreenshot } = fixtures;
      await openTaskpane(fixtures, 'nl-NL');
      await pane(page).getByRole('heading', { name: 'Kring', exact: true }).waitFor();
      await pane(page).getByText('Er ging iets mis bij het lezen of schrijven van de werkmap', { exact: false }).waitFor();
      assert.doesNotMatch(await pane(page).innerText(), /RichApi|GeneralException|internal error/);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
      // Kring does not guess what is in the workbook: it offers to try again, and trying again
      // explains again.
      assert.equal(await pane(page).getByRole('button', { name: 'Maak invoerbladen' }).count(), 0);
      await pane(page).getByRole('button', { name: 'Sluiten' }).click();
      await pane(page).getByRole('button', { name: 'Opnieuw proberen' }).click();
      await pane(page).getByText('Er ging iets mis bij het lezen of schrijven van de werkmap', { exact: false }).waitFor();
      await saveScreenshot('taskpane-excel-failing', pane(page));
    },
  },
  {
    name: 'taskpane.html: English when Office runs in English',
    async run(fixtures) {
      const { page } = fixtures;
      await openTaskpane(fixtures, 'en-GB');
      await pane(page).getByText('Something went wrong while reading or writing the workbook', { exact: false }).waitFor();
      await pane(page).getByRole('button', { name: 'Try again' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    },
  },
];
