import { sampleSheets } from '../../src/sample/generate';
import { readWorkbook } from '../../src/engine/read';
import { RawSheet, SheetSpec } from '../../src/engine/workbook';

/** A SheetSpec as a gateway would read it back: header row + body, from A1. */
function toRaw(spec: SheetSpec): RawSheet {
  return {
    name: spec.name,
    rows: [spec.columns.map((c) => c.header), ...spec.rows.map((r) => [...r])],
    firstRow: 1,
    firstColumn: 0,
    table: spec.table,
  };
}

describe('the sample workbook read back', () => {
  const sheets = sampleSheets();
  const { model, problems } = readWorkbook(sheets.map(toRaw), { today: '2026-09-15' });

  it('reads without problems', () => {
    expect(problems.map((p) => `${p.severity} ${p.sheet}!${p.row} ${p.column}: ${p.message.nl}`)).toEqual([]);
  });

  it('reads every row', () => {
    const count = (name: string) => sheets.find((s) => s.name === name)!.rows.length;
    expect(model.clients).toHaveLength(count('Cliënten'));
    // several dates for one competence: the reader keeps the latest
    const competenceRows = sheets.find((s) => s.name === 'Competenties')!.rows;
    const latest = new Map<string, { date: number; level: number }>();
    for (const [id, competence, level, date] of competenceRows) {
      const key = `${id}|${competence}`;
      if (!latest.has(key) || (date as number) > latest.get(key)!.date) latest.set(key, { date: date as number, level: level as number });
    }
    expect(model.competences).toHaveLength(latest.size);
    for (const c of model.competences) expect(c.level).toBe(latest.get(`${c.clientId}|${c.competence}`)!.level);
    expect(model.contacts).toHaveLength(count('Contacten'));
    expect(model.pairings).toHaveLength(count('Koppelingen'));
    expect(model.exclusions).toHaveLength(count('Uitsluitingen'));
    expect(model.activities).toHaveLength(count('Sociale kaart'));
    expect(model.supervisors).toHaveLength(count('Begeleiders'));
    expect(model.clients.some((c) => c.id === '00123')).toBe(true);
  });
});
