/**
 * Kring's outputs remade after an erasure or a clean-up, by the same functions their commands use:
 * only the outputs the workbook already has (nothing new appears), a network map only when it named
 * the removed client. The removed client's own sheets (their map, a sheet of forms or an
 * agenda past the retention period) are deleted.
 */
import { readEvaluations } from '../evaluation/answers';
import { evaluationOverviewSheet } from '../evaluation/sheets';
import { hasErrors } from '../problems';
import { Lang, pick } from '../i18n';
import { lonelinessOverviewSheet } from '../loneliness/sheets';
import { mapSheet, mapSheetName, overviewSheet } from '../networks/sheets';
import { planPairing } from '../pairing/command';
import { ReadResult } from '../read';
import { normKey } from '../read/normalize';
import { planResults } from '../results/plan';
import { RawSheet, SheetSpec, WorkbookGateway } from '../workbook';

/** The sheet left in place of a removed client's own sheet (the gateways do not delete sheets). */
function emptied(name: string, lang: Lang): SheetSpec {
  return {
    name,
    role: 'output',
    preamble: [pick({ nl: 'De gegevens op dit blad zijn verwijderd. U kunt het blad zelf verwijderen.', en: 'The data on this sheet has been erased. You may delete the sheet yourself.' }, lang)],
    columns: [{ header: pick({ nl: 'Verwijderd', en: 'Erased' }, lang), kind: 'text', width: 30 }],
    rows: [],
  };
}

/** Writes the remade outputs; returns their names. */
export async function rebuildOutputs(gateway: WorkbookGateway, raw: RawSheet[], read: ReadResult, lang: Lang, today: string, own: string[], named: string[]): Promise<string[]> {
  const existing = new Map(raw.map((s) => [normKey(s.name), s.name]));
  const ownKeys = new Set(own.map(normKey));
  const namedKeys = new Set(named.map(normKey));
  // A sheet that was the client's own was deleted before; a gateway that cannot delete sheets gets it emptied.
  const specs: SheetSpec[] = gateway.deleteSheets ? [] : own.map((name) => emptied(name, lang));
  if (!hasErrors(read.problems)) {
    const { model } = read;
    const made: (SheetSpec | null)[] = [
      overviewSheet(model, lang).spec,
      ...model.clients.map((c) => c.id).filter((id) => namedKeys.has(normKey(mapSheetName(id, lang))) && !ownKeys.has(normKey(mapSheetName(id, lang)))).map((id) => mapSheet(model, id, null, lang)),
      ...planResults(raw, read, lang, today).specs,
      ...planPairing(raw, read, lang, {}).specs.slice(0, 3),
      evaluationOverviewSheet(model, readEvaluations(raw), lang),
      lonelinessOverviewSheet(model, lang),
    ];
    for (const spec of made) {
      const name = spec && existing.get(normKey(spec.name));
      if (spec && name && !ownKeys.has(normKey(name))) specs.push({ ...spec, name });
    }
  }
  if (!specs.length) return [];
  return (await gateway.writeSheets(specs, 'replace')).written;
}
