/** Kring's settings: defaults, and the key/value rows of the Instellingen sheet. */
import { Bilingual } from './i18n';
import { Privacy, Rule, Settings, Weights } from './model';
import { DEFAULT_SECTORS } from './schema';

export function defaultSettings(): Settings {
  return {
    weights: { needs: 35, interests: 20, location: 15, availability: 10, age: 5, priority: 15 },
    locationRule: 'preferred',
    availabilityRule: 'preferred',
    onlyUnpairedClients: true,
    safetyBlocks: true,
    smallNetwork: 5,
    sectors: [...DEFAULT_SECTORS],
    rings: [
      { number: 1, label: 'heel dichtbij' },
      { number: 2, label: 'dichtbij' },
      { number: 3, label: 'verder weg' },
    ],
    privacy: 'initials',
    language: null,
    evaluationOverdueWeeks: 12,
    assessmentStaleMonths: 12,
    retentionYears: null,
    needMap: [
      { need: 'contacten leggen', competence: 'contact leggen' },
      { need: 'samen sporten', competence: 'sporten begeleiden' },
      { need: 'boodschappen doen', competence: 'plannen' },
      { need: 'dagstructuur', competence: 'plannen' },
      { need: 'vervoer', competence: 'vervoer regelen' },
      { need: 'samen koken', competence: 'koken' },
      { need: 'digitale hulp', competence: 'digitale vaardigheden' },
      { need: 'gesprek', competence: 'luisteren' },
    ],
    supervisorCompetences: [...SUPERVISOR_COMPETENCES],
  };
}

/** The method's competences of a begeleider for network work (users may change the list in Instellingen). */
export const SUPERVISOR_COMPETENCES = [
  'netwerkkaart afnemen',
  'sociale kaart gebruiken',
  'competenties van cliënten in beeld brengen',
  'netwerken op afstand ondersteunen',
  'veiligheid bespreken',
] as const;

export type SettingType = 'weight' | 'rule' | 'boolean' | 'integer' | 'list' | 'rings' | 'privacy' | 'language' | 'names';

/** One key/value row of the settings sheet. */
export interface SettingItem {
  id: string;
  label: Bilingual;
  synonyms: string[];
  type: SettingType;
  help: Bilingual;
  get(s: Settings): string;
}

const RULE_WORDS: Record<Rule, Bilingual> = {
  required: { nl: 'verplicht', en: 'required' },
  preferred: { nl: 'voorkeur', en: 'preferred' },
  ignored: { nl: 'negeren', en: 'ignored' },
};
const PRIVACY_WORDS: Record<Privacy, Bilingual> = {
  names: { nl: 'namen', en: 'names' },
  initials: { nl: 'initialen', en: 'initials' },
  ids: { nl: "ID's", en: 'IDs' },
};

export const RULE_CHOICES = RULE_WORDS;
export const PRIVACY_CHOICES = PRIVACY_WORDS;

const weight = (key: keyof Weights, nl: string, en: string): SettingItem => ({
  id: `weight.${key}`,
  label: { nl: `Gewicht ${nl}`, en: `Weight ${en}` },
  synonyms: [],
  type: 'weight',
  help: { nl: 'Relatief gewicht van dit deel van de score (0–100).', en: 'Relative weight of this part of the score (0–100).' },
  get: (s) => String(s.weights[key]),
});

export const SETTING_ITEMS: SettingItem[] = [
  weight('needs', 'hulpvraag', 'needs'),
  weight('interests', 'interesses', 'interests'),
  weight('location', 'locatie', 'location'),
  weight('availability', 'beschikbaarheid', 'availability'),
  weight('age', 'leeftijd', 'age'),
  weight('priority', 'prioriteit klein netwerk', 'priority small network'),
  {
    id: 'locationRule', label: { nl: 'Regel locatie', en: 'Location rule' }, synonyms: [], type: 'rule',
    help: { nl: 'verplicht / voorkeur / negeren', en: 'required / preferred / ignored' },
    get: (s) => RULE_WORDS[s.locationRule].nl,
  },
  {
    id: 'availabilityRule', label: { nl: 'Regel beschikbaarheid', en: 'Availability rule' }, synonyms: [], type: 'rule',
    help: { nl: 'verplicht / voorkeur / negeren', en: 'required / preferred / ignored' },
    get: (s) => RULE_WORDS[s.availabilityRule].nl,
  },
  {
    id: 'onlyUnpairedClients', label: { nl: 'Alleen cliënten zonder actieve koppeling', en: 'Only clients without an active pairing' }, synonyms: [], type: 'boolean',
    help: { nl: 'ja / nee', en: 'yes / no' },
    get: (s) => (s.onlyUnpairedClients ? 'ja' : 'nee'),
  },
  {
    id: 'safetyBlocks', label: { nl: 'Open veiligheidssignaal blokkeert koppelen', en: 'Open safety concern blocks pairing' }, synonyms: [], type: 'boolean',
    help: {
      nl: 'ja: een netwerker met een open veiligheidssignaal krijgt geen nieuwe koppeling; nee: het voorstel krijgt alleen een waarschuwing',
      en: 'yes: a networker with an open safety concern gets no new pairing; no: the suggestion only gets a warning',
    },
    get: (s) => (s.safetyBlocks ? 'ja' : 'nee'),
  },
  {
    id: 'smallNetwork', label: { nl: 'Klein netwerk (max. contacten)', en: 'Small network (max. contacts)' }, synonyms: ['Klein netwerk'], type: 'integer',
    help: { nl: 'Een netwerk met zoveel contacten of minder telt als heel klein.', en: 'A network with this many contacts or fewer counts as very small.' },
    get: (s) => String(s.smallNetwork),
  },
  {
    id: 'sectors', label: { nl: 'Sectoren', en: 'Sectors' }, synonyms: [], type: 'list',
    help: { nl: 'De sectoren van de netwerkkaart, gescheiden door ;', en: 'The sectors of the network map, separated by ;' },
    get: (s) => s.sectors.join('; '),
  },
  {
    id: 'rings', label: { nl: 'Ringen', en: 'Rings' }, synonyms: [], type: 'rings',
    help: { nl: 'De ringen van binnen naar buiten, gescheiden door ;', en: 'The rings from inside out, separated by ;' },
    get: (s) => s.rings.map((r) => r.label).join('; '),
  },
  {
    id: 'privacy', label: { nl: 'Privacy op afdrukken', en: 'Privacy on printouts' }, synonyms: ['Privacy'], type: 'privacy',
    help: { nl: "namen / initialen / ID's", en: 'names / initials / IDs' },
    get: (s) => PRIVACY_WORDS[s.privacy].nl,
  },
  {
    id: 'language', label: { nl: 'Taal', en: 'Language' }, synonyms: [], type: 'language',
    help: { nl: 'nl of en; leeg = taal van Office', en: 'nl or en; empty = Office language' },
    get: (s) => s.language ?? '',
  },
  {
    id: 'supervisorCompetences', label: { nl: 'Competenties begeleiders', en: 'Competences of support workers' }, synonyms: ['Competences of begeleiders'], type: 'names',
    help: {
      nl: 'Wat een begeleider nodig heeft voor netwerkwerk, gescheiden door ; — in het blad Begeleiders een kolom per competentie met niveau 1–5.',
      en: 'What a begeleider needs for network work, separated by ; — in the Begeleiders sheet one column per competence with a level 1–5.',
    },
    get: (s) => s.supervisorCompetences.join('; '),
  },
  {
    id: 'evaluationOverdueWeeks', label: { nl: 'Evaluatie te laat na (weken)', en: 'Evaluation overdue after (weeks)' }, synonyms: [], type: 'integer',
    help: { nl: 'Na zoveel weken zonder evaluatie komt een koppeling op de intervisie-agenda.', en: 'After this many weeks without evaluation a pairing goes on the intervisie agenda.' },
    get: (s) => String(s.evaluationOverdueWeeks),
  },
  {
    id: 'assessmentStaleMonths', label: { nl: 'Beoordeling oud na (maanden)', en: 'Assessment old after (months)' }, synonyms: [], type: 'integer',
    help: { nl: 'Competenties die langer geleden zijn beoordeeld, tellen als oud; maak dan een nieuw intakeformulier.', en: 'Competences assessed longer ago count as old; then make a new intake form.' },
    get: (s) => String(s.assessmentStaleMonths),
  },
  {
    id: 'retentionYears', label: { nl: 'Bewaartermijn (jaren)', en: 'Retention period (years)' }, synonyms: ['Bewaartermijn', 'Retention period', 'Retention'], type: 'integer',
    help: {
      nl: 'Na zoveel jaren noemt Kring beëindigde koppelingen, afwijzingen, evaluatiebladen en oude metingen bij check, en verwijdert ze met kring retention; leeg = geen termijn.',
      en: 'After this many years Kring lists ended pairings, rejections, evaluation sheets and old measurements in check, and removes them with kring retention; empty = no period.',
    },
    get: (s) => (s.retentionYears === null ? '' : String(s.retentionYears)),
  },
];

/** Headers of the settings sheet's two tables. */
export const SETTINGS_HEADERS = {
  key: { nl: 'Instelling', en: 'Setting' },
  value: { nl: 'Waarde', en: 'Value' },
  help: { nl: 'Uitleg', en: 'Explanation' },
  need: { nl: 'Hulpvraag', en: 'Need' },
  competence: { nl: 'Competentie', en: 'Competence' },
};

export function parseRule(text: string): Rule | null {
  const key = text.toLowerCase().trim();
  for (const rule of Object.keys(RULE_WORDS) as Rule[]) {
    if (key === rule || key === RULE_WORDS[rule].nl || key === RULE_WORDS[rule].en) return rule;
  }
  if (['vereist', 'moet', 'must'].includes(key)) return 'required';
  if (['genegeerd', 'nee', 'uit', 'off', 'ignore'].includes(key)) return 'ignored';
  return null;
}

export function parsePrivacy(text: string): Privacy | null {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (['namen', 'names', 'naam', 'name'].includes(key)) return 'names';
  if (['initialen', 'initials', 'initiaal'].includes(key)) return 'initials';
  if (['ids', 'id', 'nummers', 'numbers'].includes(key)) return 'ids';
  return null;
}
