/** Verwerk evaluaties: the evaluation decisions that end pairings, written into the register. */
import { Lang, pick } from '../i18n';
import { pairKey } from '../model';
import { Problem } from '../problems';
import { findSheet, ReadResult } from '../read';
import { isoToSerial } from '../read/cells';
import { locateTable } from '../read/table';
import { sheetDef } from '../schema';
import { Cell, CellUpdate, ColumnKind, RawSheet, WorkbookGateway } from '../workbook';
import { answerProblems, EvaluationAnswers, readEvaluations } from './answers';
import { DECISIONS } from './form';

/**
 * Verwerk evaluaties: a decision "beëindigen" or "nieuwe koppeling" ends the pairing in the register
 * (end date = evaluation date, status beëindigd, reason from the form). Only that row changes.
 */
export async function processEvaluations(gateway: WorkbookGateway, raw: RawSheet[], read: ReadResult, lang: Lang, problems: Problem[]) {
  const register = findSheet(raw, sheetDef('pairings'));
  const ended: { networkerId: string; clientId: string; date: string }[] = [];
  if (!register) return ended;
  const table = locateTable(register, sheetDef('pairings'), []);
  if (!table) return ended;
  const col = (key: string) => table.columns.get(key)?.index;
  const updates: CellUpdate[] = [];
  const latest = new Map<string, EvaluationAnswers>();
  const answers = readEvaluations(raw);
  // A decision Kring does not know is said, not dropped silently.
  problems.push(...answerProblems(answers));
  for (const a of answers) {
    if (a.decision !== 'end' && a.decision !== 'newPairing') continue;
    const key = pairKey(a.networkerId, a.clientId);
    const prev = latest.get(key);
    if (!prev || a.date > prev.date) latest.set(key, a);
  }
  for (const a of latest.values()) {
    const pairing = read.model.pairings.find((p) => p.networkerId === a.networkerId && p.clientId === a.clientId && p.status !== 'ended' && (!p.start || p.start <= a.date));
    if (!pairing) continue; // already ended: processing twice changes nothing
    const row = pairing.origin.row;
    const at = (key: string, value: Cell, kind: ColumnKind) => {
      const c = col(key);
      if (c === undefined) {
        problems.push({
          severity: 'warning',
          sheet: register.name,
          row: null,
          column: null,
          message: { nl: `Het register heeft geen kolom "${pick(sheetDef('pairings').columns.find((x) => x.key === key)!, 'nl')}"; voeg die toe om koppelingen te kunnen beëindigen.`, en: `The register has no column "${pick(sheetDef('pairings').columns.find((x) => x.key === key)!, 'en')}"; add it to be able to end pairings.` },
        });
        return;
      }
      updates.push({ row, column: register.firstColumn + c, value, kind });
    };
    at('end', isoToSerial(a.date), 'date');
    at('status', pick({ nl: 'beëindigd', en: 'ended' }, lang), 'text');
    at('endReason', a.endReason ?? pick(DECISIONS[a.decision as 'end' | 'newPairing'], lang), 'text');
    ended.push({ networkerId: a.networkerId, clientId: a.clientId, date: a.date });
  }
  if (updates.length) await gateway.updateCells(register.name, updates);
  return ended;
}

