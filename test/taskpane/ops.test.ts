/** The pane's operations over the Excel gateway on the strict test host (no DOM, no Office). */
import { TestHost } from '../../src/testhost';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { createExcelGateway } from '../../src/excel';
import { Cancelled, createKringOps, KringOps } from '../../src/taskpane/ops';
import { summarize } from '../../src/taskpane/summary';
import { sampleSheets } from '../../src/sample/generate';
import { SAMPLE_EVALUATION_DATES } from '../../src/sample/evaluations';

const INPUT_SHEETS = ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Sociale kaart', 'Begeleiders', 'Instellingen'];

let host: TestHost;
let ops: KringOps;

function setup(lang: 'nl' | 'en', firstSheet = 'Blad1') {
  host = createExcelHost({ apiVersion: '1.7', sheets: [{ name: firstSheet }] });
  ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), lang);
}

describe('KringOps on the test host', () => {
  it('sees an empty workbook as one without input sheets', async () => {
    setup('nl');
    const outcome = await ops.check();
    expect(summarize(outcome.read!).hasInputSheets).toBe(false);
  });

  it('"Maak invoerbladen" adds the Dutch input sheets, then the pane sees them', async () => {
    setup('nl');
    const progress: string[] = [];
    const outcome = await ops.createInputSheets((step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
    expect(progress).toEqual(['1/1 Invoerbladen maken']);
    for (const name of INPUT_SHEETS) expect(host.sheetNames()).toContain(name);
    expect(outcome.sheets).toEqual(expect.arrayContaining(INPUT_SHEETS));
    const summary = summarize((await ops.check()).read!);
    expect(summary).toMatchObject({ hasInputSheets: true, clients: 0, networkers: 0, activePairings: 0 });
  });

  it('"Create input sheets" in English Office on an empty workbook writes English sheets', async () => {
    setup('en', 'Sheet1');
    await ops.createInputSheets();
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['Clients', 'Competences', 'Settings']));
  });

  it('"Create input sheets" follows a Dutch workbook even in English Office (no "Clients" beside "Cliënten")', async () => {
    setup('en');
    host.setSheet('Cliënten', [['ID', 'Naam'], ['C1', 'An']]);
    const outcome = await ops.createInputSheets();
    expect(host.sheetNames()).not.toContain('Clients');
    expect(host.sheetNames()).toContain('Competenties');
    expect(outcome.skipped).toContain('Cliënten');
    expect(host.getValues('Cliënten')).toEqual([['ID', 'Naam'], ['C1', 'An']]);
  });

  it('"Open voorbeeld" writes the sample, which checks without errors', async () => {
    setup('nl');
    const opened = await ops.openSample();
    expect([...opened.sheets].sort()).toEqual(sampleSheets().map((s) => s.name).sort());
    const outcome = await ops.check();
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const summary = summarize(outcome.read!);
    expect(summary.hasInputSheets).toBe(true);
    expect(summary.clients).toBe(sampleSheets()[0].rows.length);
    expect(summary.networkers).toBeGreaterThan(0);
    expect(summary.activePairings).toBeGreaterThan(0);
  });

  it('a problem has an address that selectCell selects', async () => {
    setup('nl');
    await ops.createInputSheets();
    host.typeInCell('Cliënten', 'A2', 'K001');
    const { problems } = await ops.check();
    const noName = problems.find((p) => p.severity === 'error' && p.column === 'Naam');
    expect(noName).toMatchObject({ sheet: 'Cliënten', row: 2, address: 'B2' });
    await ops.selectCell(noName!.sheet, noName!.address!);
    expect(host.selection()).toEqual({ sheet: 'Cliënten', address: 'B2' });
    expect(host.activeSheet()).toBe('Cliënten');
  });
});

describe('KringOps: Koppelen on the test host', () => {
  /** The Koppelvoorstellen rows with a decision: [networkerId, clientId, decision] by Excel row. */
  function decisionRows(): { row: number; networkerId: string; clientId: string; decision: string }[] {
    const values = host.getValues('Koppelvoorstellen');
    const headerIndex = values.findIndex((r) => r.includes('Besluit'));
    const header = values[headerIndex];
    const col = (name: string) => header.indexOf(name);
    const out: { row: number; networkerId: string; clientId: string; decision: string }[] = [];
    for (let i = headerIndex + 1; i < values.length; i++) {
      const r = values[i];
      if (!r[col('Besluit')]) break;
      out.push({ row: i + 1, networkerId: String(r[col('Netwerker-ID')]), clientId: String(r[col('Cliënt-ID')]), decision: String(r[col('Besluit')]) });
    }
    return out;
  }

  it('suggests, writes a decision to the sheet, processes accepted and rejected pairs, and does not suggest them again', async () => {
    setup('nl');
    await ops.openSample();
    const progress: string[] = [];
    const first = await ops.suggest(null, (step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
    expect(progress).toEqual(['1/3 Invoer lezen en controleren', '2/3 Koppelvoorstellen berekenen', '3/3 Bladen schrijven']);
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['Koppelvoorstellen', 'Kandidaat-netwerkers', 'Locatie-overzicht']));
    const suggestions = first.suggest!.suggestions;
    expect(suggestions.length).toBeGreaterThan(1);
    expect(decisionRows().map((r) => `${r.networkerId}/${r.clientId}/${r.decision}`)).toEqual(suggestions.map((s) => `${s.networkerId}/${s.clientId}/open`));

    const [a, b] = suggestions;
    expect((await ops.setDecision(a, 'accepted')).problems).toEqual([]);
    expect((await ops.setDecision(b, 'rejected')).problems).toEqual([]);
    expect(decisionRows().slice(0, 2).map((r) => r.decision)).toEqual(['akkoord', 'afgewezen']);

    const registerBefore = host.getValues('Koppelingen').length;
    const processed = await ops.processDecisions();
    expect(processed).toMatchObject({ added: 1, remembered: 1, register: 'Koppelingen', decisions: { accepted: 1, rejected: 1 } });
    const register = host.getValues('Koppelingen');
    expect(register).toHaveLength(registerBefore + 1);
    expect(register[register.length - 1].slice(0, 2)).toEqual([a.networkerId, a.clientId]);
    expect(register[register.length - 1]).toContain('actief');
    expect(host.getValues('Kring afwijzingen').some((r) => r[0] === b.networkerId && r[1] === b.clientId)).toBe(true);

    // Processing the same decisions again changes nothing.
    expect(await ops.processDecisions()).toMatchObject({ added: 0, remembered: 0 });
    expect(host.getValues('Koppelingen')).toHaveLength(registerBefore + 1);

    const again = (await ops.suggest(null)).suggest!;
    expect(again.suggestions.some((s) => s.networkerId === b.networkerId && s.clientId === b.clientId)).toBe(false);
    expect(again.suggestions.some((s) => s.clientId === a.clientId)).toBe(false);
  });

  it('a decision for a suggestion that is no longer in the sheet is an error, and nothing is written', async () => {
    setup('nl');
    await ops.openSample();
    const outcome = await ops.setDecision({ networkerId: 'X1', clientId: 'X2' }, 'accepted');
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0].severity).toBe('error');
    expect(host.sheetNames()).not.toContain('Koppelvoorstellen');
  });

  it('suggest for one location limits the round to it', async () => {
    setup('nl');
    await ops.openSample();
    const read = (await ops.check()).read!;
    const location = read.model.clients.find((c) => c.location)!.location!;
    const outcome = await ops.suggest(location);
    const byId = new Map(read.model.clients.map((c) => [c.id, c]));
    for (const s of outcome.suggest!.suggestions) expect(byId.get(s.clientId)!.location).toBe(location);
  });

  it('errors in the input stop "Maak koppelvoorstellen" before anything is written', async () => {
    setup('nl');
    await ops.openSample();
    host.typeInCell('Cliënten', 'B3', '');
    const outcome = await ops.suggest(null);
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(outcome.sheets).toEqual([]);
    expect(host.sheetNames()).not.toContain('Koppelvoorstellen');
  });
});

describe('KringOps: the later steps of the method', () => {
  const FIXED = '2026-06-15';

  async function sampleAfterTemplate() {
    setup('nl');
    await ops.createInputSheets();
    return ops.openSample();
  }

  it('"Open voorbeeld" after "Maak invoerbladen" fills the empty input sheets below their headers (no errors)', async () => {
    const opened = await sampleAfterTemplate();
    expect([...opened.sheets].sort()).toEqual(sampleSheets().map((s) => s.name).sort());
    const outcome = await ops.check();
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(summarize(outcome.read!).clients).toBe(sampleSheets()[0].rows.length);
    // A sheet with data is never touched: a second "Open voorbeeld" skips them all.
    const again = await ops.openSample();
    expect(again.sheets).toEqual([]);
    expect(again.skipped).toContain('Cliënten');
  });

  it('"Create input sheets" then "Open sample" in English fills the English sheets (no second Cliënten, no table name clash)', async () => {
    setup('en', 'Sheet1');
    await ops.createInputSheets();
    const opened = await ops.openSample();
    expect(opened.sheets).toEqual(expect.arrayContaining(['Clients', 'Competences', 'Contacts', 'Pairings', 'Exclusions', 'Social map', 'Support workers']));
    expect(host.sheetNames()).not.toContain('Cliënten');
    const outcome = await ops.check();
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(summarize(outcome.read!).clients).toBe(sampleSheets()[0].rows.length);
    expect(summarize(outcome.read!).activePairings).toBeGreaterThan(0);
  });

  it('check reports the open decisions of Koppelvoorstellen and the evaluation answers', async () => {
    await sampleAfterTemplate();
    const suggested = await ops.suggest(null);
    const n = suggested.suggest!.suggestions.length;
    expect(n).toBeGreaterThan(1);
    const s = suggested.suggest!.suggestions[0];
    await ops.setDecision({ networkerId: s.networkerId, clientId: s.clientId }, 'accepted');
    const checked = await ops.check();
    expect(checked.openDecisions).toBe(n - 1);
    // The sample's two earlier rounds, filled in.
    expect(new Set(checked.answers.map((a) => a.date))).toEqual(new Set(SAMPLE_EVALUATION_DATES));
    expect(checked.answers.every((a) => a.klik !== null && a.motivation !== null)).toBe(true);
    await ops.evaluate({ date: FIXED, location: null, supervisor: null });
    const after = await ops.check();
    const fresh = after.answers.filter((a) => a.date === FIXED);
    expect(fresh.length).toBe(summarize(after.read!).activePairings);
    expect(after.answers.length).toBe(checked.answers.length + fresh.length);
  });

  it('evaluate, then processDecisions reports the pairing ended by an evaluation decision', async () => {
    await sampleAfterTemplate();
    const made = await ops.evaluate({ date: FIXED, location: null, supervisor: null });
    expect(made.evaluations!.length).toBeGreaterThan(0);
    const sheet = made.evaluations![0].sheet;
    expect(sheet).toBe(`Evaluatie ${FIXED.split('-').reverse().join('-')}`);
    const first = made.evaluations![0];
    // The begeleider types "beëindigen" into the form's Besluit cell.
    const values = host.getValues(sheet);
    const top = values.findIndex((r) => r[2] === `KRING-EVAL:${first.networkerId}>${first.clientId}`);
    const row = values.findIndex((r, i) => i > top && r[0] === 'Besluit');
    host.typeInCell(sheet, `B${row + 1}`, 'beëindigen');
    const decided = await ops.processDecisions();
    expect(decided.ended).toEqual([{ networkerId: first.networkerId, clientId: first.clientId, date: FIXED }]);
  });

  it('intervisie writes the agenda; Cancel thrown from progress stops it before the write', async () => {
    await sampleAfterTemplate();
    const before = host.sheetNames();
    await expect(
      ops.intervisie(FIXED, (step, total) => {
        if (step === total) throw new Cancelled();
      }),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(host.sheetNames()).toEqual(before);
    const steps: string[] = [];
    const outcome = await ops.intervisie(FIXED, (step, total) => steps.push(`${step}/${total}`));
    expect(steps).toEqual(['1/2', '2/2']);
    expect(outcome.sheets).toContain(`Intervisie ${FIXED.split('-').reverse().join('-')}`);
    // The next meeting's agenda stands beside it: each agenda's table has a name of its own.
    const next = await ops.intervisie('2027-01-15');
    expect(next.sheets).toContain('Intervisie 15-01-2027');
    expect(host.sheetNames()).toContain(`Intervisie ${FIXED.split('-').reverse().join('-')}`);
    expect(new Set(host.tables().map((t) => t.name.toLowerCase())).size).toBe(host.tables().length);
  });

  it('Cancel thrown from progress stops evaluate, suggest, maps and processDecisions before anything is written', async () => {
    await sampleAfterTemplate();
    const before = JSON.stringify(host.sheetNames().map((n) => [n, host.getValues(n)]));
    const cancelAtLast = (step: number, total: number) => {
      if (step === total) throw new Cancelled();
    };
    await expect(ops.evaluate({ date: FIXED, location: null, supervisor: null }, cancelAtLast)).rejects.toThrow('Cancelled');
    await expect(ops.suggest(null, cancelAtLast)).rejects.toThrow('Cancelled');
    await expect(ops.maps(['C012'], null, cancelAtLast)).rejects.toThrow('Cancelled');
    await expect(ops.processDecisions(cancelAtLast)).rejects.toThrow('Cancelled');
    expect(JSON.stringify(host.sheetNames().map((n) => [n, host.getValues(n)]))).toBe(before);
  });

  it('saveSettings writes the values in place into Instellingen, and check reads them back', async () => {
    await sampleAfterTemplate();
    const settings = (await ops.check()).read!.model.settings;
    const outcome = await ops.saveSettings({ ...settings, weights: { ...settings.weights, needs: 40 }, privacy: 'initials', language: 'en' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.sheets).toEqual(['Instellingen']);
    const read = (await ops.check()).read!.model.settings;
    expect(read.weights.needs).toBe(40);
    expect(read.privacy).toBe('initials');
    expect(read.language).toBe('en');
  });

  it('saveSettings keeps the intake and retention settings the pane edits; no retention period is an empty value', async () => {
    await sampleAfterTemplate();
    const settings = (await ops.check()).read!.model.settings;
    await ops.saveSettings({ ...settings, assessmentStaleMonths: 18, retentionYears: 7 });
    let read = (await ops.check()).read!.model.settings;
    expect([read.assessmentStaleMonths, read.retentionYears]).toEqual([18, 7]);
    await ops.saveSettings({ ...read, retentionYears: null });
    read = (await ops.check()).read!.model.settings;
    expect(read.retentionYears).toBeNull();
  });

  it('features() answers from the Excel gateway: ExcelApi 1.7 has no dropdowns and no print settings', () => {
    setup('nl');
    expect(ops.features()).toMatchObject({ dataValidation: false, pageLayout: false, chartSeries: true });
    host = createExcelHost({ apiVersion: NEWEST_API, sheets: [{ name: 'Blad1' }] });
    const current = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), 'nl');
    expect(current.features()).toMatchObject({ dataValidation: true, pageLayout: true, chartLabels: true });
  });
});
