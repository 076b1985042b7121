/** What `kring intake` says: the proposed (or written) changes per client, and the --json fields. */
import { Lang, pick } from '../engine/i18n';
import { changeLine } from '../engine/intake/changes';
import { RunOutcome } from '../engine/run';

/** Whether the command writes a file: intake only with --forms, or --apply with changes to write. */
export function intakeWrites(outcome: RunOutcome, forms: boolean): boolean {
  return forms || (outcome.intake?.applied.length ?? 0) > 0;
}

export function intakeLines(outcome: RunOutcome, apply: boolean, lang: Lang): string[] {
  const intake = outcome.intake;
  if (!intake) return [];
  const byId = new Map((outcome.read?.model.clients ?? []).map((c) => [c.id, c.name]));
  const lines: string[] = [];
  if (!intake.changes.length) {
    lines.push(pick({ nl: `Geen wijzigingen uit ${intake.forms} intakeformulier(en).`, en: `No changes from ${intake.forms} intake form(s).` }, lang));
    return lines;
  }
  lines.push(apply ? pick({ nl: 'Geschreven wijzigingen:', en: 'Changes written:' }, lang) : pick({ nl: 'Voorgestelde wijzigingen (nog niet geschreven):', en: 'Proposed changes (not written yet):' }, lang));
  for (const c of apply ? intake.applied : intake.changes) lines.push(`  ${byId.get(c.client) ?? c.client} (${c.client}): ${changeLine(c, lang)}   [${c.sheet}!${c.address}]`);
  if (!apply) lines.push(pick({ nl: 'Kloppen ze? Schrijf ze met: kring intake <werkmap> --apply', en: 'Are they right? Write them with: kring intake <workbook> --apply' }, lang));
  return lines;
}

export function intakeJson(outcome: RunOutcome): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (outcome.intakeForms) out.intakeForms = outcome.intakeForms;
  if (outcome.intake) {
    const shape = (c: (typeof outcome.intake.changes)[number]) => ({ client: c.client, field: c.field, competence: c.competence, from: c.from, to: c.to, date: c.date, assessor: c.assessor, sheet: c.sheet, cell: c.address });
    out.intake = { forms: outcome.intake.forms, changes: outcome.intake.changes.map(shape), applied: outcome.intake.applied.length };
  }
  if (outcome.freshness) out.freshness = outcome.freshness;
  return out;
}
