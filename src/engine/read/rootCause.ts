/**
 * One mistake, one message: problems that follow from the same cause are reported once, at the
 * cause. Every row that refers to a client ID that is not in Cliënten becomes one problem per ID
 * used in several rows (listing the rows), and when Cliënten has exactly one duplicate ID, such
 * IDs are most likely the one that row should have had: they are folded into that one error.
 */
import { Bilingual, pick } from '../i18n';
import { Problem } from '../problems';

/** What the reader collects while reading, so the causes can be found afterwards. */
export interface Causes {
  /** Problems about a reference to an unknown client ID, by the ID as typed (first spelling). */
  unknownRefs: Map<string, { id: string; problems: Problem[] }>;
  /** The errors about a duplicate client ID in Cliënten. */
  duplicates: Problem[];
  /** The problem that Cliënten has no clients at all: then every reference is an echo of it. */
  noClients: Problem | null;
}

export function newCauses(): Causes {
  return { unknownRefs: new Map(), duplicates: [], noClients: null };
}

/** "Koppelingen rij 5; Contacten rijen 76–93" (Dutch) from the problems' places. */
function places(problems: Problem[], lang: 'nl' | 'en'): string {
  const bySheet = new Map<string, number[]>();
  for (const p of problems) if (p.row !== null) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p.row]);
  const parts: string[] = [];
  for (const [sheet, rows] of bySheet) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let i = 0; i < sorted.length; i++) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
      i = j;
    }
    const word = sorted.length === 1 ? pick({ nl: 'rij', en: 'row' }, lang) : pick({ nl: 'rijen', en: 'rows' }, lang);
    parts.push(`${sheet} ${word} ${ranges.join(', ')}`);
  }
  return parts.join('; ');
}

/** The problems with every group of consequences replaced by one problem at its cause. */
export function groupAtRootCause(problems: Problem[], causes: Causes): Problem[] {
  const empty = causes.noClients;
  if (empty && causes.unknownRefs.size) {
    // No clients at all: every row elsewhere that names one is an echo; one error, first, at the cause.
    const refs = [...causes.unknownRefs.values()].flatMap((g) => g.problems);
    const drop = new Set(refs);
    const n = refs.length;
    empty.severity = 'error';
    empty.cause = true;
    empty.message = {
      nl: `${empty.message.nl} Andere bladen noemen wel cliënten (${n} ${n === 1 ? 'rij' : 'rijen'}: ${places(refs, 'nl')}); die rijen slaat Kring over tot de cliënten in het blad staan.`,
      en: `${empty.message.en} Other sheets do name clients (${n} ${n === 1 ? 'row' : 'rows'}: ${places(refs, 'en')}); Kring skips those rows until the clients are in the sheet.`,
    };
    return problems.filter((p) => !drop.has(p));
  }
  // An ID used in one row only is most likely a typo there: its own message says so.
  const grouped = [...causes.unknownRefs.values()].filter((g) => g.problems.length > 1);
  if (!grouped.length) return problems;
  const drop = new Set(grouped.flatMap((g) => g.problems));
  const out = problems.filter((p) => !drop.has(p));
  if (causes.duplicates.length === 1) {
    // The duplicate row probably lost the ID the other sheets still use.
    const duplicate = causes.duplicates[0];
    const ids = grouped.map((g) => `"${g.id}"`).join(', ');
    const refs = grouped.flatMap((g) => g.problems);
    const extra: Bilingual = {
      nl: ` Andere bladen verwijzen naar ${ids}, dat niet in Cliënten staat (${places(refs, 'nl')}): hoort dat ID misschien bij deze rij? Tot het klopt slaat Kring die rijen over.`,
      en: ` Other sheets refer to ${ids}, which is not in Clients (${places(refs, 'en')}): does that ID perhaps belong to this row? Until it is right, Kring skips those rows.`,
    };
    duplicate.message = { nl: duplicate.message.nl + extra.nl, en: duplicate.message.en + extra.en };
    return out;
  }
  for (const g of grouped) {
    const first = [...g.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))[0];
    out.push({
      ...first,
      message: {
        nl: `Er is geen cliënt met ID "${g.id}" in het blad Cliënten, maar ${g.problems.length} rijen verwijzen ernaar: ${places(g.problems, 'nl')}. Controleer het ID in Cliënten of in die rijen; tot dan slaat Kring de rijen over.`,
        en: `There is no client with ID "${g.id}" in the Clients sheet, but ${g.problems.length} rows refer to it: ${places(g.problems, 'en')}. Check the ID in Clients or in those rows; until then Kring skips those rows.`,
      },
    });
  }
  return out;
}
