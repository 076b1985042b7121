/** The register Veiligheidssignalen: concerns about a person (and optionally the other of a pairing). */
import { ConcernSource, ConcernStatus, SafetyConcern } from '../model';
import { Parsed, shown } from './cells';
import { ReadContext } from './context';
import { normKey } from './normalize';
import { clientRef } from './references';
import { eachRow, LocatedTable } from './table';

const STATUS_WORDS: Record<string, ConcernStatus> = {
  open: 'open', openstaand: 'open', lopend: 'open', nieuw: 'open', new: 'open',
  afgehandeld: 'handled', handled: 'handled', gesloten: 'handled', closed: 'handled', opgelost: 'handled', resolved: 'handled', klaar: 'handled', done: 'handled',
};

/** The source words as the register's dropdown has them (schema list order: evaluation, manual, intervisie). */
export const SOURCE_WORDS: Record<ConcernSource, { nl: string; en: string }> = {
  evaluation: { nl: 'evaluatieformulier', en: 'evaluation form' },
  manual: { nl: 'handmatig', en: 'entered by hand' },
  intervisie: { nl: 'intervisie', en: 'peer consultation' },
};

export const STATUS_LABELS: Record<ConcernStatus, { nl: string; en: string }> = {
  open: { nl: 'open', en: 'open' },
  handled: { nl: 'afgehandeld', en: 'handled' },
};

export function parseConcernStatus(cell: unknown): Parsed<ConcernStatus | null> {
  if (cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim())) return { ok: true, value: null };
  const status = STATUS_WORDS[normKey(String(cell))];
  if (status) return { ok: true, value: status };
  return {
    ok: false,
    why: { nl: `"${shown(cell)}" is geen bekende status. Kies open of afgehandeld.`, en: `"${shown(cell)}" is not a known status. Choose open or handled.` },
  };
}

function sourceOf(text: string | null): ConcernSource {
  const key = normKey(text ?? '');
  if (/^(evaluatie|evaluation)/.test(key)) return 'evaluation';
  if (/^(intervisie|peerconsultation|intervision)/.test(key)) return 'intervisie';
  return 'manual';
}

export function readConcerns(table: LocatedTable, ctx: ReadContext): SafetyConcern[] {
  const list: SafetyConcern[] = [];
  eachRow(table, ctx.problems, (row) => {
    const about = clientRef(row, 'about', ctx, 'error');
    const withId = row.text('with');
    const other = withId ? clientRef(row, 'with', ctx, 'warning') : null;
    const date = row.date('date', ctx.today);
    const handledOn = row.date('handledOn', ctx.today);
    // An unknown status must not silently close a concern: it counts as open, with a warning.
    const given = row.parse('status', parseConcernStatus, null, 'warning');
    if (!about) return;
    if (!date) {
      row.report('date', 'warning', {
        nl: 'Dit signaal heeft geen datum. Vul de datum in waarop de zorg is gemeld, zodat de intervisie ziet hoe lang het openstaat.',
        en: 'This concern has no date. Enter the date it was reported, so the peer consultation sees how long it has been open.',
      });
    }
    list.push({
      date,
      about: about.id,
      with: other?.id ?? null,
      supervisor: row.text('supervisor'),
      text: row.text('text'),
      source: sourceOf(row.text('source')),
      status: given ?? (handledOn ? 'handled' : 'open'),
      action: row.text('action'),
      handledOn,
      origin: { sheet: row.sheetName, row: row.excelRow },
    });
  });
  return list;
}
