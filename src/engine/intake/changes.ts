/**
 * The intake forms read back: per client the latest filled form, and what it changes against the
 * input sheets — competence levels (new or changed), needs, interests, availability, role. An
 * answer Kring cannot read is a problem at its cell and is left out; nothing else is guessed.
 */
import { FilledForm, FormKind, readForms } from '../forms/form';
import { displayDate } from '../dates';
import { Bilingual, Lang, pick } from '../i18n';
import { Client, KringModel } from '../model';
import { Problem } from '../problems';
import { cellText, parseDays, parseList, shown } from '../read/cells';
import { parseRole } from '../read/clients';
import { normKey } from '../read/normalize';
import { RawSheet } from '../workbook';
import { competenceKey, FIELD_LABELS, INTAKE_FIELDS, IntakeField, intakeCompetences, intakeForm } from './kind';
import { fieldText } from './known';

export interface IntakeChange {
  /** Stable key of the change (client, what, new value): the pane accepts changes by it. */
  id: string;
  client: string;
  /** A field of Cliënten, or 'level' of a competence in Competenties. */
  field: IntakeField | 'level';
  competence: string | null;
  /** As it stands now (text, a level, or null when there is none). */
  from: string | number | null;
  to: string | number;
  /** The form's date: the assessment date written with a level. */
  date: string;
  assessor: string | null;
  /** Where on the form the answer is. */
  sheet: string;
  address: string;
}

export interface IntakeReadBack {
  kind: FormKind;
  forms: FilledForm[];
  changes: IntakeChange[];
  problems: Problem[];
}

const sameList = (a: string[], b: string[]) => {
  const key = (l: string[]) => [...new Set(l.map(normKey))].sort().join('\u0000');
  return key(a) === key(b);
};

function problemAt(form: FilledForm, address: string, row: number, label: Bilingual, message: Bilingual): Problem {
  return { severity: 'warning', sheet: form.sheet, row, column: label.nl, address, message };
}

/** Every intake form of the workbook, the latest per client used, with the changes it proposes. */
export function readIntake(raw: RawSheet[], model: KringModel, lang: Lang): IntakeReadBack {
  const kind = intakeForm(intakeCompetences(model.settings));
  const forms = readForms(kind, raw);
  const problems: Problem[] = [];
  const changes: IntakeChange[] = [];
  const byId = new Map(model.clients.map((c) => [c.id.toUpperCase(), c]));
  // Oldest first: a later form's answer to the same question wins (an untouched newer form proposes nothing).
  const dated = forms.filter((f) => byId.has(f.subject.toUpperCase())).sort((a, b) => a.date.localeCompare(b.date));
  const byKey = new Map<string, IntakeChange>();
  for (const form of dated) {
    const client = byId.get(form.subject.toUpperCase())!;
    const assessor = cellText(form.answers.assessor?.value ?? null);
    const add = (field: IntakeChange['field'], competence: string | null, from: string | number | null, to: string | number, at: { address: string }) =>
      byKey.set(`${client.id}|${field}|${normKey(competence ?? '')}`, { id: `${client.id}|${field}|${competence ?? ''}|${to}`, client: client.id, field, competence, from, to, date: form.date, assessor, sheet: form.sheet, address: at.address });
    for (const field of INTAKE_FIELDS) {
      const answer = form.answers[field];
      if (!answer) continue;
      const to = fieldChange(client, field, answer.value, lang);
      if ('why' in to) {
        problems.push(problemAt(form, answer.at.address, answer.at.row, FIELD_LABELS[field], to.why));
        continue;
      }
      if (to.text !== null) add(field, null, fieldText(client, field, lang) || null, to.text, answer.at);
    }
    for (const competence of intakeCompetences(model.settings)) {
      const answer = form.answers[competenceKey(competence)];
      if (!answer) continue;
      if (answer.ticks.length > 1) {
        const ticked = answer.ticks.map((t) => t.choice).join(', ');
        problems.push(
          problemAt(form, answer.ticks[0].at.address, answer.ticks[0].at.row, { nl: competence, en: competence }, {
            nl: `Bij "${competence}" staan ${answer.ticks.length} kruisjes (niveau ${ticked}); Kring neemt dit niveau niet over. Laat één kruisje staan.`,
            en: `"${competence}" has ${answer.ticks.length} crosses (level ${ticked}); Kring does not take this level. Leave one cross.`,
          }),
        );
        continue;
      }
      const level = Number(answer.choice);
      const now = model.competences.find((c) => c.clientId === client.id && normKey(c.competence) === normKey(competence));
      // A later assessment in Competenties wins over an older form. The same level ticked on a later
      // form is an assessment too: it renews the date (and the assessor), or the level would stay
      // "old" for ever; without a date in Competenties there is nothing to renew.
      if (now && ((now.date && now.date > form.date) || (now.level === level && (!now.date || now.date === form.date)))) continue;
      add('level', now?.competence ?? competence, now?.level ?? null, level, answer.ticks[0].at);
    }
  }
  changes.push(...byKey.values());
  changes.sort((a, b) => a.client.localeCompare(b.client));
  return { kind, forms, changes, problems };
}

/** The new text of a field when the answer differs from what is known (null: the same), or why it cannot be read. */
function fieldChange(client: Client, field: IntakeField, value: string | number | boolean | null, lang: Lang): { text: string | null } | { why: Bilingual } {
  const text = cellText(value);
  if (text === null) return { text: null };
  switch (field) {
    case 'interests':
    case 'needs': {
      const list = parseList(text);
      return { text: sameList(list, client[field]) ? null : list.join('; ') };
    }
    case 'availability': {
      const days = parseDays(text);
      if (days.unknown.length) {
        return {
          why: {
            nl: `"${days.unknown.join(', ')}" is geen dag die Kring kent; de beschikbaarheid wordt niet overgenomen. Schrijf dagen als ma, di, wo, do, vr, za, zo.`,
            en: `"${days.unknown.join(', ')}" is not a day Kring knows; the availability is not taken over. Write days as Mon, Tue, Wed, Thu, Fri, Sat, Sun.`,
          },
        };
      }
      return { text: sameList(days.days, client.availability) ? null : text };
    }
    default: {
      const role = parseRole(text);
      if (!role.ok) {
        return {
          why: {
            nl: `"${shown(text)}" is geen rol die Kring kent; de rol wordt niet overgenomen. Schrijf deelnemer, netwerker of beide.`,
            en: `"${shown(text)}" is not a role Kring knows; the role is not taken over. Write participant, networker or both.`,
          },
        };
      }
      return { text: role.value === client.role ? null : fieldText({ ...client, role: role.value }, 'role', lang) };
    }
  }
}

/** A change as one line for the pane and the command line: "Anna (C001): plannen 2 → 4". */
export function changeLine(change: IntakeChange, lang: Lang): string {
  const what = change.field === 'level' ? change.competence! : pick(FIELD_LABELS[change.field], lang).replace(/\s*[(:].*$/, '');
  const from = change.from === null || change.from === '' ? pick({ nl: '(leeg)', en: '(empty)' }, lang) : String(change.from);
  if (change.field === 'level' && change.from === change.to) return `${what}: ${change.to} ${pick({ nl: '(opnieuw beoordeeld op', en: '(assessed again on' }, lang)} ${displayDate(change.date)})`;
  return `${what}: ${from} → ${change.to}`;
}
