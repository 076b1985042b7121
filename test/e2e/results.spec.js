/*
 * The Resultaten step (issue 14): a preview of what the method achieved with a small chart over
 * every measurement date, per location, and "Maak resultaten" writing Begeleidersoverzicht and
 * Resultaten with their charts. Run with `npm run test:e2e -- --grep results`.
 */
'use strict';

const { assert, pane, idle, axeViolations, assertNoHorizontalOverflow } = require('./helpers');
const { helpers } = require('./coordinator.spec');

module.exports = [
  {
    name: 'results: the preview charts every measurement date per scope, and "Maak resultaten" writes both sheets with charts and shows Resultaten',
    timeout: 90_000,
    async run({ page, open, saveScreenshot }) {
      for (const width of [320, 350]) {
        await open(`?pane=${width}`);
        await idle(page);
        await helpers.openStep(page, 'Resultaten', 'results');
        const chart = pane(page).getByTestId('results-chart');
        await chart.waitFor();
        // The sample has three measurement dates: three points, named for screen readers.
        assert.equal(await chart.getAttribute('data-points'), '3');
        assert.match(await chart.getAttribute('aria-label'), /01-09-2025: [\d,]+ contacten; 01-03-2026: [\d,]+ contacten; 01-09-2026: [\d,]+ contacten/);
        await assertNoHorizontalOverflow(page.getByTestId('playground-pane'), `Resultaten at ${width}px`);
        const box = await chart.boundingBox();
        assert.ok(box.width <= width, `the chart is ${box.width}px wide in a ${width}px pane`);
        // Keyboard: the action is the first stop after the tab.
        await pane(page).getByRole('tab', { name: 'Resultaten', exact: true }).focus();
        let presses = 0;
        for (let i = 1; i <= 10 && !presses; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement?.closest('[data-testid="kring-results"]') !== null)) presses = i;
        }
        assert.ok(presses > 0, '"Maak resultaten" within 10 Tab presses');
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], violations.join('\n'));
      }

      // A location: its own figures.
      const preview = pane(page).getByTestId('results-preview');
      const figuresAll = await pane(page).getByTestId('results-figures').innerText();
      await pane(page).getByTestId('results-scope').click();
      await page.getByRole('option', { name: 'Zonnehof' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="results-preview"]')?.dataset.location === 'Zonnehof');
      assert.match(await preview.innerText(), /Voorbeeld: Zonnehof/);
      assert.notEqual(await pane(page).getByTestId('results-figures').innerText(), figuresAll, 'a location has its own figures');

      await pane(page).getByRole('button', { name: 'Maak resultaten', exact: true }).click();
      const verdict = pane(page).getByTestId('results-verdict');
      await verdict.waitFor();
      await idle(page);
      assert.equal(await verdict.getAttribute('data-sheets'), 'Begeleidersoverzicht|Resultaten');
      assert.match(await verdict.innerText(), /De bladen Begeleidersoverzicht en Resultaten zijn gemaakt\./);
      assert.equal(await page.evaluate(() => window.kringPlayground.host.activeSheet()), 'Resultaten', 'Resultaten is shown after the command');
      // The workbook's charts: per scope the median network and the pairings per quarter, drawn in the playground grid.
      const titles = await page.evaluate(() => window.kringPlayground.host.charts('Resultaten').map((c) => c.title));
      assert.equal(titles.filter((t) => t === 'Mediaan netwerkgrootte').length, 4);
      await page.getByTestId('playground-chart').first().waitFor();
      assert.ok((await page.getByTestId('playground-chart').count()) >= 8, 'the charts drawn in the playground');
      // Line charts as lines (a polyline through the medians), not as columns.
      const lines = page.locator('[data-testid="playground-chart"][data-type="LineMarkers"]');
      assert.ok((await lines.count()) >= 4, 'the median charts are line charts');
      assert.equal(await lines.first().locator('polyline').count(), 1);
      assert.equal(await lines.first().locator('rect').count(), 0);
      // The step's panel right below the tabs, as the README shows each step.
      const paneBox = page.getByTestId('playground-pane');
      await paneBox.evaluate((el) => {
        const tabs = el.querySelector('[role="tablist"]');
        el.scrollTo(0, el.scrollTop + tabs.getBoundingClientRect().top - el.getBoundingClientRect().top - 4);
      });
      await saveScreenshot('step-results', paneBox);
    },
  },
];
