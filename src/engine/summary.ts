/** What a command did, in numbers, for the command line and the pane alike. */
import { Bilingual, counted } from './i18n';
import { RunOutcome } from './run';

export function outcomeCounts(outcome: RunOutcome): Bilingual[] {
  const lines: Bilingual[] = [];
  const s = outcome.suggest;
  if (s) {
    const made = counted(s.suggestions.length, { nl: 'koppelvoorstel', en: 'pairing suggestion' }, { nl: 'koppelvoorstellen', en: 'pairing suggestions' });
    const without = counted(s.unmatched.length, { nl: 'cliënt', en: 'client' }, { nl: 'cliënten', en: 'clients' });
    lines.push({ nl: `${made.nl} gemaakt; ${without.nl} zonder voorstel.`, en: `${made.en} made; ${without.en} without a suggestion.` });
  }
  if (outcome.candidates) {
    const c = counted(outcome.candidates.length, { nl: 'kandidaat-netwerker', en: 'candidate networker' }, { nl: 'kandidaat-netwerkers', en: 'candidate networkers' });
    lines.push({ nl: `${c.nl}.`, en: `${c.en}.` });
  }
  const d = outcome.decisions;
  const r = outcome.registerChanges;
  if (d && r) {
    const done = counted(d.accepted + d.rejected, { nl: 'besluit', en: 'decision' }, { nl: 'besluiten', en: 'decisions' });
    const added = counted(r.added, { nl: 'koppeling', en: 'pairing' }, { nl: 'koppelingen', en: 'pairings' });
    const open = counted(d.open, { nl: 'voorstel', en: 'suggestion' }, { nl: 'voorstellen', en: 'suggestions' });
    lines.push({
      nl: `${done.nl} verwerkt (${d.accepted} akkoord, ${d.rejected} afgewezen): ${added.nl} nieuw in ${r.register}, ${r.remembered} afwijzing${r.remembered === 1 ? '' : 'en'} nieuw onthouden; ${open.nl} nog open.`,
      en: `${done.en} processed (${d.accepted} accepted, ${d.rejected} rejected): ${added.en} new in ${r.register}, ${r.remembered} rejection${r.remembered === 1 ? '' : 's'} newly remembered; ${open.en} still open.`,
    });
  }
  if (outcome.ended?.length) {
    const e = counted(outcome.ended.length, { nl: 'koppeling', en: 'pairing' }, { nl: 'koppelingen', en: 'pairings' });
    lines.push({ nl: `${e.nl} beëindigd via een evaluatie.`, en: `${e.en} ended through an evaluation.` });
  }
  if (outcome.evaluations) {
    const f = counted(outcome.evaluations.length, { nl: 'evaluatieformulier', en: 'evaluation form' }, { nl: 'evaluatieformulieren', en: 'evaluation forms' });
    const sheet = outcome.evaluations[0]?.sheet;
    lines.push({ nl: `${f.nl}${sheet ? ` in ${sheet}` : ''}.`, en: `${f.en}${sheet ? ` in ${sheet}` : ''}.` });
  }
  if (outcome.networks) {
    const clients = new Set(outcome.networks.map((n) => n.clientId)).size;
    const m = counted(clients, { nl: 'cliënt', en: 'client' }, { nl: 'cliënten', en: 'clients' });
    lines.push({ nl: `Netwerkcijfers van ${m.nl}.`, en: `Network figures of ${m.en}.` });
  }
  if (outcome.recordedConcerns?.length) {
    const n = counted(outcome.recordedConcerns.length, { nl: 'zorg', en: 'concern' }, { nl: 'zorgen', en: 'concerns' });
    lines.push({ nl: `Veiligheid: ${n.nl} van evaluatieformulieren vastgelegd in Veiligheidssignalen.`, en: `Safety: ${n.en} from evaluation forms recorded in Safety concerns.` });
  }
  if (outcome.erased) {
    const rows = outcome.erased.reduce((n, e) => n + (e.rebuilt ? 0 : e.rows), 0);
    const cells = outcome.erased.reduce((n, e) => n + e.cells, 0);
    const sheets = counted(outcome.erased.length, { nl: 'blad', en: 'sheet' }, { nl: 'bladen', en: 'sheets' });
    const what = outcome.command === 'retention' ? { nl: 'Bewaartermijn', en: 'Retention period' } : { nl: 'Verwijderd', en: 'Erased' };
    lines.push({ nl: `${what.nl}: ${rows} rij(en) weg en ${cells} cel(len) gepseudonimiseerd in ${sheets.nl}; vastgelegd in het verwijderlog.`, en: `${what.en}: ${rows} row(s) removed and ${cells} cell(s) pseudonymised in ${sheets.en}; recorded in the erasure log.` });
  }
  if (outcome.retention && !outcome.retention.length && !outcome.erased) lines.push({ nl: 'Niets is ouder dan de bewaartermijn.', en: 'Nothing is older than the retention period.' });
  const open = outcome.safety?.filter((c) => c.status === 'open').length ?? 0;
  if (open) lines.push({ nl: `Open veiligheidssignalen: ${open} (staan op de intervisie tot ze zijn afgehandeld).`, en: `Open safety concerns: ${open} (on the peer consultation until handled).` });
  return lines;
}

/** "3 fouten, 1 waarschuwing": the problem count in words, both languages. */
export function problemCount(errors: number, warnings: number): Bilingual {
  const e = counted(errors, { nl: 'fout', en: 'error' }, { nl: 'fouten', en: 'errors' });
  const w = counted(warnings, { nl: 'waarschuwing', en: 'warning' }, { nl: 'waarschuwingen', en: 'warnings' });
  return { nl: `${e.nl}, ${w.nl}`, en: `${e.en}, ${w.en}` };
}
