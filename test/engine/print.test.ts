/** Every sheet people print has a print setup: tables landscape, fit to width, header row repeated; forms without Kring's key. */
import { runEvaluate, runSuggest } from '../../src/engine/commands';
import { recordingGateway as gateway } from './recordingGateway';

test('Koppelvoorstellen, Kandidaat-netwerkers, Locatie-overzicht and Evaluatieoverzicht print landscape, fit to width, header repeated', async () => {
  const g = gateway();
  await runSuggest(g.gateway, { today: '2026-11-23' });
  await runEvaluate(g.gateway, { today: '2026-11-23', date: '2026-11-23' });
  for (const name of ['Koppelvoorstellen', 'Kandidaat-netwerkers', 'Locatie-overzicht', 'Evaluatieoverzicht']) {
    const spec = g.written.find((s) => s.name === name)!;
    expect({ name, ...spec.print }).toMatchObject({ name, orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: 0 });
  }
  // The evaluation forms print their questions and answers, not the key in column C.
  const forms = g.written.find((s) => s.name === 'Evaluatie 23-11-2026')!;
  expect(forms.print?.area).toMatchObject({ column: 0, columns: 2 });
});
