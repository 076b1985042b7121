/*
 * The task pane as a coordinator meets it (issue 13): a date field that sets exactly the date
 * typed or picked, decisions that stay as processed, the action bar with its feedback in view,
 * counts from the workbook, evaluation answers checked on read-back, problems at their root cause,
 * the output sheet shown after a command. Run with `npm run test:e2e -- --grep coordinator`.
 */
'use strict';

const { assert, until, pane, idle, tableRows, axeViolations } = require('./helpers');

/** Opens a step's tab and waits for its panel. */
async function openStep(page, tab, testId) {
  await pane(page).getByRole('tab', { name: tab, exact: true }).click();
  await pane(page).getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  if (testId) await pane(page).getByTestId(testId).waitFor();
}

module.exports = [
  {
    name: 'coordinator: the date field sets the date typed (Enter or Tab) or picked, and its calendar fits the pane',
    async run({ page, open }) {
      for (const width of [320, 350]) {
        await open(`?pane=${width}`);
        await idle(page);
        await openStep(page, 'Evalueren', 'evaluate');
        const field = pane(page).getByTestId('evaluate-date');
        // Click, type, Enter: the field keeps what was typed.
        await field.click();
        await field.fill('15-12-2026');
        await field.press('Enter');
        assert.equal(await field.inputValue(), '15-12-2026');
        assert.equal(await pane(page).getByTestId('evaluate').getAttribute('data-date'), '2026-12-15', 'the date is set, not only shown');
        // Typed another way, left with Tab: written back the Dutch way.
        await field.click();
        await field.fill('3 jan 2027');
        await field.press('Tab');
        assert.equal(await field.inputValue(), '03-01-2027');
        // Something that is no date keeps the date and says how to type one.
        await field.fill('gisteren');
        await field.press('Enter');
        await pane(page).getByText('Typ een datum als 31-12-2026.').waitFor();
        await field.fill('03-01-2027');
        await field.press('Enter');
        // The calendar: from its button, inside the pane, the month picker not cut off.
        await pane(page).getByTestId('evaluate-date-calendar').click();
        const calendar = page.getByRole('dialog', { name: 'Evaluatiedatum' });
        await calendar.waitFor();
        const paneBox = await page.getByTestId('playground-pane').boundingBox();
        const box = await calendar.boundingBox();
        assert.ok(box.width <= width, `the calendar is ${box.width}px wide in a ${width}px pane`);
        assert.ok(box.x >= paneBox.x - 1 && box.x + box.width <= paneBox.x + paneBox.width + 1, `the calendar stays inside the pane (${box.x}..${box.x + box.width} in ${paneBox.x}..${paneBox.x + paneBox.width})`);
        await calendar.getByRole('button', { name: /^18, januari, 2027/ }).click();
        await until(page, () => document.querySelector('[data-testid="evaluate-date"]').value === '18-01-2027', undefined, 'the picked date');
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], violations.join('\n'));
      }
    },
  },
];

module.exports.helpers = { openStep, tableRows };
