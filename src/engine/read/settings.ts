/** Reads the Instellingen sheet: key/value rows and the mapping table Hulpvraag | Competentie. */
import { Bilingual } from '../i18n';
import { Settings } from '../model';
import { parseLang } from '../i18n';
import { Problem } from '../problems';
import { defaultSettings, parsePrivacy, parseRule, SETTING_ITEMS, SETTINGS_HEADERS, SettingItem } from '../settings';
import { cellAddress, RawSheet } from '../workbook';
import { cellText, parseBoolean, parseInteger, shown } from './cells';
import { normKey } from './normalize';

const itemByKey = new Map<string, SettingItem>();
for (const item of SETTING_ITEMS) {
  for (const label of [item.label.nl, item.label.en, ...item.synonyms]) itemByKey.set(normKey(label), item);
}

/** Where each setting's value cell is (Excel row, zero-based column), for saving settings in place. */
export function settingCells(sheet: RawSheet): Map<string, { row: number; column: number }> {
  const out = new Map<string, { row: number; column: number }>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const texts = sheet.rows[i].map((c) => cellText(c));
    const keyIndex = texts.findIndex((t) => t !== null);
    if (keyIndex < 0) continue;
    if (normKey(texts[keyIndex] as string) === normKey(SETTINGS_HEADERS.need.nl) || normKey(texts[keyIndex] as string) === normKey(SETTINGS_HEADERS.need.en)) break;
    const item = itemByKey.get(normKey(texts[keyIndex] as string));
    if (item && !out.has(item.id)) out.set(item.id, { row: sheet.firstRow + i, column: sheet.firstColumn + keyIndex + 1 });
  }
  return out;
}

export function readSettings(sheet: RawSheet | undefined, problems: Problem[]): Settings {
  const settings = defaultSettings();
  if (!sheet) return settings;
  const needKey = [normKey(SETTINGS_HEADERS.need.nl), normKey(SETTINGS_HEADERS.need.en)];
  const compKey = [normKey(SETTINGS_HEADERS.competence.nl), normKey(SETTINGS_HEADERS.competence.en)];
  let mapping: { need: number; competence: number } | null = null;
  const needMap: Settings['needMap'] = [];
  sheet.rows.forEach((cells, i) => {
    const excelRow = sheet.firstRow + i;
    const texts = cells.map((c) => cellText(c));
    if (!mapping) {
      const need = texts.findIndex((t) => t !== null && needKey.includes(normKey(t)));
      const competence = texts.findIndex((t) => t !== null && compKey.includes(normKey(t)));
      if (need >= 0 && competence >= 0) {
        mapping = { need, competence };
        return;
      }
      const keyIndex = texts.findIndex((t) => t !== null);
      if (keyIndex < 0) return;
      const item = itemByKey.get(normKey(texts[keyIndex] as string));
      if (!item) return;
      const valueIndex = keyIndex + 1;
      const report = (message: Bilingual) =>
        problems.push({
          severity: 'error',
          sheet: sheet.name,
          row: excelRow,
          column: SETTINGS_HEADERS.value.nl,
          address: cellAddress(excelRow - 1, sheet.firstColumn + valueIndex),
          message: { nl: `${item.label.nl}: ${message.nl}`, en: `${item.label.en}: ${message.en}` },
        });
      applySetting(settings, item, cells[valueIndex] ?? null, texts[valueIndex] ?? null, report);
      return;
    }
    const need = texts[mapping.need];
    const competence = texts[mapping.competence];
    if (need && competence) needMap.push({ need, competence });
  });
  if (mapping) settings.needMap = needMap;
  return settings;
}

function applySetting(
  s: Settings,
  item: SettingItem,
  cell: string | number | boolean | null,
  text: string | null,
  report: (m: Bilingual) => void,
): void {
  if (text === null) return; // empty value: keep the default
  switch (item.type) {
    case 'weight': {
      const n = typeof cell === 'number' ? cell : Number(text.replace(',', '.').replace('%', ''));
      if (!Number.isFinite(n) || n < 0) {
        report({ nl: `"${shown(text)}" is geen geldig gewicht. Vul een getal van 0 of meer in.`, en: `"${shown(text)}" is not a valid weight. Enter a number of 0 or more.` });
        return;
      }
      const key = item.id.slice('weight.'.length) as keyof Settings['weights'];
      s.weights[key] = n;
      return;
    }
    case 'rule': {
      const rule = parseRule(text);
      if (!rule) {
        report({ nl: `"${shown(text)}" is geen geldige regel. Kies verplicht, voorkeur of negeren.`, en: `"${shown(text)}" is not a valid rule. Choose required, preferred or ignored.` });
        return;
      }
      if (item.id === 'locationRule') s.locationRule = rule;
      else s.availabilityRule = rule;
      return;
    }
    case 'boolean': {
      const b = parseBoolean(cell);
      if (!b.ok) return report(b.why);
      if (b.value === null) return;
      if (item.id === 'safetyBlocks') s.safetyBlocks = b.value;
      else s.onlyUnpairedClients = b.value;
      return;
    }
    case 'integer': {
      const n = parseInteger(cell, 0, 520);
      if (!n.ok) return report(n.why);
      if (n.value === null) return;
      if (item.id === 'smallNetwork') s.smallNetwork = n.value;
      else if (item.id === 'assessmentStaleMonths') s.assessmentStaleMonths = n.value;
      else if (item.id === 'retentionYears') s.retentionYears = n.value || null;
      else s.evaluationOverdueWeeks = n.value;
      return;
    }
    case 'list': {
      const sectors = text.split(/[;\n]+/).map((t) => t.trim()).filter(Boolean);
      if (sectors.length < 2) {
        report({ nl: 'Geef minstens twee sectoren, gescheiden door ;', en: 'Give at least two sectors, separated by ;' });
        return;
      }
      s.sectors = sectors;
      return;
    }
    case 'names': {
      s.supervisorCompetences = [...new Set(text.split(/[;\n]+/).map((t) => t.trim()).filter(Boolean))];
      return;
    }
    case 'rings': {
      const labels = text.split(/[;\n]+/).map((t) => t.trim()).filter(Boolean);
      if (labels.length < 1 || labels.length > 6) {
        report({ nl: 'Geef 1 tot 6 ringen, gescheiden door ;', en: 'Give 1 to 6 rings, separated by ;' });
        return;
      }
      s.rings = labels.map((label, i) => ({ number: i + 1, label }));
      return;
    }
    case 'privacy': {
      const p = parsePrivacy(text);
      if (!p) {
        report({ nl: `"${shown(text)}" is geen geldige keuze. Kies namen, initialen of ID's.`, en: `"${shown(text)}" is not a valid choice. Choose names, initials or IDs.` });
        return;
      }
      s.privacy = p;
      return;
    }
    case 'language': {
      const lang = parseLang(text);
      if (!lang) {
        report({ nl: `"${shown(text)}" is geen bekende taal. Vul nl of en in.`, en: `"${shown(text)}" is not a known language. Enter nl or en.` });
        return;
      }
      s.language = lang;
      return;
    }
  }
}
