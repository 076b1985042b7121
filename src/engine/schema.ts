/**
 * The input sheets of workbook.md: names, columns and their synonyms in Dutch and English.
 * Used by the reader (matching) and by the template (writing empty input sheets).
 */
import { ColumnKind } from './workbook';
import { ANSWER_WORDS, ANSWERS, ITEMS } from './loneliness/scale';
import { CONSENT_WORDS, CONSENTS } from './privacy/consent';

export type SheetKey =
  | 'clients'
  | 'competences'
  | 'contacts'
  | 'pairings'
  | 'exclusions'
  | 'socialMap'
  | 'supervisors'
  | 'safety'
  | 'settings'
  | 'loneliness';

export interface ColumnDef {
  key: string;
  nl: string;
  en: string;
  synonyms: string[];
  required?: boolean;
  kind: ColumnKind;
  width: number;
  /** Dropdown values in the template (Dutch, English). */
  list?: { nl: string[]; en: string[] };
  hint?: { nl: string; en: string };
}

export interface SheetDef {
  key: string;
  nl: string;
  en: string;
  synonyms: string[];
  required?: boolean;
  columns: ColumnDef[];
  intro: { nl: string; en: string };
}

const YES_NO = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

export const DEFAULT_SECTORS = [
  'Familie',
  'Vrienden en kennissen',
  'Buurt',
  'Werk/school/dagbesteding',
  'Hulpverlening',
  'Medecliënten',
  'Overig',
];

/** Eenzaamheid: the six answers of the De Jong Gierveld scale per client per date (loneliness/scale.ts). */
export const LONELINESS_SHEET: SheetDef = {
  key: 'loneliness',
  nl: 'Eenzaamheid',
  en: 'Loneliness',
  synonyms: ['Eenzaamheidsschaal', 'Eenzaamheidsmeting', 'Loneliness scale', 'De Jong Gierveld'],
  intro: {
    nl: 'Eén rij per cliënt per datum: de zes uitspraken van de eenzaamheidsschaal, beantwoord met ja, min of meer of nee.',
    en: 'One row per client per date: the six statements of the loneliness scale, answered yes, more or less or no.',
  },
  columns: [
    { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: ['ID', 'Clientnummer', 'Cliëntnummer', 'Client'], required: true, kind: 'text', width: 10 },
    { key: 'date', nl: 'Datum', en: 'Date', synonyms: ['Peildatum', 'Meetdatum', 'Measurement date'], required: true, kind: 'date', width: 12 },
    ...ITEMS.map((item) => ({
      key: `q${item.number}`,
      nl: `${item.number}. ${item.statement.nl}`,
      en: `${item.number}. ${item.statement.en}`,
      // Matched by the statement alone or by its number ("3", "Vraag 3", "Item 3", "Q3").
      synonyms: [item.statement.nl, item.statement.en, ...['', 'Vraag ', 'Uitspraak ', 'Item ', 'Q', 'Question ', 'Statement '].map((w) => `${w}${item.number}`)],
      kind: 'text' as const,
      width: 16,
      list: { nl: ANSWERS.map((a) => ANSWER_WORDS[a].nl), en: ANSWERS.map((a) => ANSWER_WORDS[a].en) },
    })),
    { key: 'by', nl: 'Afgenomen door', en: 'Taken by', synonyms: ['Door', 'Interviewer', 'Begeleider', 'By'], kind: 'text', width: 18 },
  ],
};

export const SHEETS: SheetDef[] = [
  {
    key: 'clients',
    nl: 'Cliënten',
    en: 'Clients',
    synonyms: ['Clienten', 'Client', 'Cliënt', 'Deelnemers'],
    required: true,
    intro: {
      nl: 'Eén rij per cliënt. Verplicht: ID en Naam. Lijsten scheiden met ; of ,',
      en: 'One row per client. Required: ID and Name. Separate lists with ; or ,',
    },
    columns: [
      { key: 'id', nl: 'ID', en: 'ID', synonyms: ['Cliënt-ID', 'Clientnummer', 'Cliëntnummer', 'Client ID', 'Nummer', 'Clientid'], required: true, kind: 'text', width: 10 },
      { key: 'name', nl: 'Naam', en: 'Name', synonyms: ['Cliënt', 'Client', 'Roepnaam', 'Naam cliënt'], required: true, kind: 'text', width: 22 },
      { key: 'location', nl: 'Locatie', en: 'Location', synonyms: ['Woonlocatie', 'Afdeling'], kind: 'text', width: 16 },
      {
        key: 'role', nl: 'Rol', en: 'Role', synonyms: [], kind: 'text', width: 12,
        list: { nl: ['deelnemer', 'netwerker', 'beide'], en: ['participant', 'networker', 'both'] },
      },
      { key: 'capacity', nl: 'Capaciteit', en: 'Capacity', synonyms: ['Max koppelingen', 'Maximum koppelingen'], kind: 'integer', width: 11, hint: { nl: 'Aantal cliënten dat deze netwerker tegelijk steunt (0–10).', en: 'How many clients this networker supports at once (0–10).' } },
      { key: 'interests', nl: 'Interesses', en: 'Interests', synonyms: ["Hobby's", 'Hobbys', 'Hobbies', 'Interesse'], kind: 'text', width: 28 },
      { key: 'needs', nl: 'Hulpvraag', en: 'Needs', synonyms: ['Behoeften', 'Wensen', 'Hulpvragen', 'Support needs'], kind: 'text', width: 28 },
      { key: 'availability', nl: 'Beschikbaarheid', en: 'Availability', synonyms: ['Dagen', 'Days', 'Beschikbaar'], kind: 'text', width: 18, hint: { nl: 'Dagen, bijv. ma; wo; vr', en: 'Days, e.g. mon; wed; fri' } },
      { key: 'birth', nl: 'Geboortejaar', en: 'Birth year', synonyms: ['Geboortedatum', 'Date of birth', 'Birthdate', 'Year of birth'], kind: 'integer', width: 12 },
      { key: 'gender', nl: 'Geslacht', en: 'Gender', synonyms: ['Sex'], kind: 'text', width: 10 },
      { key: 'genderPreference', nl: 'Voorkeur geslacht', en: 'Gender preference', synonyms: ['Voorkeur'], kind: 'text', width: 16 },
      { key: 'supervisor', nl: 'Begeleider', en: 'Support worker', synonyms: ['Persoonlijk begeleider', 'PB', 'Mentor', 'Supervisor'], kind: 'text', width: 18 },
      { key: 'active', nl: 'Actief', en: 'Active', synonyms: [], kind: 'text', width: 8, list: YES_NO },
      {
        key: 'consent', nl: 'Toestemming koppelen', en: 'Consent to pairing', synonyms: ['Toestemming', 'Consent', 'Toestemming koppeling', 'Pairing consent'], kind: 'text', width: 14,
        list: { nl: CONSENTS.map((c) => CONSENT_WORDS[c].nl), en: CONSENTS.map((c) => CONSENT_WORDS[c].en) },
        hint: { nl: 'ja / nee / onbekend: mag Kring deze cliënt koppelen en de naam aan een andere cliënt tonen?', en: "yes / no / unknown: may Kring pair this client and show the name to another client?" },
      },
    ],
  },
  {
    key: 'competences',
    nl: 'Competenties',
    en: 'Competences',
    synonyms: ['Competencies', 'Vaardigheden', 'Skills', 'Competentie'],
    intro: {
      nl: 'Eén rij per competentie van een cliënt, niveau 1–5. Bij meerdere datums telt de laatste.',
      en: "One row per competence of a client, level 1–5. With several dates the latest counts.",
    },
    columns: [
      { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: ['ID', 'Clientnummer', 'Cliëntnummer', 'Client'], required: true, kind: 'text', width: 10 },
      { key: 'competence', nl: 'Competentie', en: 'Competence', synonyms: ['Competency', 'Vaardigheid', 'Skill'], kind: 'text', width: 24 },
      { key: 'level', nl: 'Niveau', en: 'Level', synonyms: ['Score'], kind: 'integer', width: 8, list: { nl: ['1', '2', '3', '4', '5'], en: ['1', '2', '3', '4', '5'] } },
      { key: 'date', nl: 'Datum', en: 'Date', synonyms: ['Peildatum', 'Beoordeeld op', 'Assessed on', 'Datum beoordeling'], kind: 'date', width: 12 },
      // Optional: who assessed it (written by the intake read back; workbooks without it keep working).
      { key: 'assessor', nl: 'Beoordeeld door', en: 'Assessed by', synonyms: ['Beoordelaar', 'Assessor'], kind: 'text', width: 18 },
    ],
  },
  {
    key: 'contacts',
    nl: 'Contacten',
    en: 'Contacts',
    synonyms: ['Netwerk', 'Netwerkkaart', 'Network', 'Contact'],
    intro: {
      nl: 'Eén rij per contact op de netwerkkaart van een cliënt. Ring 1 = heel dichtbij, 3 = verder weg.',
      en: "One row per contact on a client's network map. Ring 1 = very close, 3 = further away.",
    },
    columns: [
      { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: ['ID', 'Clientnummer', 'Cliëntnummer', 'Client'], required: true, kind: 'text', width: 10 },
      {
        key: 'contact', nl: 'Contact', en: 'Contact', synonyms: ['Naam contact', 'Persoon', 'Contact name', 'Contactpersoon', 'Naam'], required: true, kind: 'text', width: 20,
        // Contacts are third parties: initials are enough (docs/privacy.md).
        hint: { nl: 'Naam of initialen (initialen zijn genoeg); twee dezelfde initialen: maak ze verschillend, bijv. J.D. buurman', en: 'Name or initials (initials are enough); two with the same initials: make them differ, e.g. J.D. neighbour' },
      },
      {
        key: 'sector', nl: 'Sector', en: 'Sector', synonyms: ['Relatie', 'Soort', 'Relation', 'Kind'], required: true, kind: 'text', width: 24,
        list: { nl: DEFAULT_SECTORS, en: DEFAULT_SECTORS },
      },
      { key: 'ring', nl: 'Ring', en: 'Ring', synonyms: ['Nabijheid', 'Closeness'], kind: 'integer', width: 7, list: { nl: ['1', '2', '3'], en: ['1', '2', '3'] } },
      { key: 'date', nl: 'Peildatum', en: 'Measurement date', synonyms: ['Datum', 'Date'], kind: 'date', width: 12 },
      {
        key: 'frequency', nl: 'Frequentie', en: 'Frequency', synonyms: ['Contactfrequentie'], kind: 'text', width: 12,
        list: { nl: ['dagelijks', 'wekelijks', 'maandelijks', 'zelden'], en: ['daily', 'weekly', 'monthly', 'rarely'] },
      },
      { key: 'support', nl: 'Steun', en: 'Support', synonyms: ['Soort steun'], kind: 'text', width: 22 },
      { key: 'reciprocal', nl: 'Wederkerig', en: 'Reciprocal', synonyms: ['Wederzijds'], kind: 'text', width: 11, list: YES_NO },
      { key: 'knows', nl: 'Kent', en: 'Knows', synonyms: ['Kent ook'], kind: 'text', width: 24 },
    ],
  },
  {
    key: 'pairings',
    nl: 'Koppelingen',
    en: 'Pairings',
    synonyms: ['Register', 'Koppelingenregister', 'Pairing register', 'Koppeling'],
    intro: {
      nl: 'Het register van koppelingen. Kring voegt hier geaccepteerde koppelingen toe.',
      en: 'The pairing register. Kring appends accepted pairings here.',
    },
    columns: [
      { key: 'networkerId', nl: 'Netwerker-ID', en: 'Networker ID', synonyms: ['Netwerker'], required: true, kind: 'text', width: 13 },
      { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: ['Client', 'Deelnemer-ID', 'Deelnemer'], required: true, kind: 'text', width: 11 },
      { key: 'start', nl: 'Startdatum', en: 'Start date', synonyms: ['Start', 'Begindatum'], kind: 'date', width: 12 },
      { key: 'end', nl: 'Einddatum', en: 'End date', synonyms: ['Einde', 'End'], kind: 'date', width: 12 },
      {
        key: 'status', nl: 'Status', en: 'Status', synonyms: [], kind: 'text', width: 12,
        list: { nl: ['actief', 'gepauzeerd', 'beëindigd'], en: ['active', 'paused', 'ended'] },
      },
      { key: 'endReason', nl: 'Reden einde', en: 'End reason', synonyms: ['Reden', 'Reason'], kind: 'text', width: 28 },
    ],
  },
  {
    key: 'exclusions',
    nl: 'Uitsluitingen',
    en: 'Exclusions',
    synonyms: ['Uitsluiting', 'Exclusion'],
    intro: { nl: 'Deze twee cliënten worden nooit gekoppeld.', en: 'These two clients are never paired.' },
    columns: [
      { key: 'a', nl: 'Cliënt-ID A', en: 'Client ID A', synonyms: ['Client A', 'ID A', 'Cliënt A'], required: true, kind: 'text', width: 12 },
      { key: 'b', nl: 'Cliënt-ID B', en: 'Client ID B', synonyms: ['Client B', 'ID B', 'Cliënt B'], required: true, kind: 'text', width: 12 },
      { key: 'reason', nl: 'Reden', en: 'Reason', synonyms: [], kind: 'text', width: 30 },
    ],
  },
  {
    key: 'socialMap',
    nl: 'Sociale kaart',
    en: 'Social map',
    synonyms: ['Activiteiten', 'Activities'],
    intro: { nl: 'Activiteiten en plekken in de buurt, voor een gezamenlijke activiteit.', en: 'Local activities and places, for a joint activity.' },
    columns: [
      { key: 'activity', nl: 'Activiteit', en: 'Activity', synonyms: ['Naam', 'Name'], required: true, kind: 'text', width: 26 },
      { key: 'place', nl: 'Plaats', en: 'Place', synonyms: ['Locatie', 'Location', 'Adres'], kind: 'text', width: 18 },
      { key: 'interests', nl: 'Interesses', en: 'Interests', synonyms: ['Thema', "Hobby's"], kind: 'text', width: 26 },
      { key: 'days', nl: 'Dagen', en: 'Days', synonyms: ['Dag', 'Beschikbaarheid'], kind: 'text', width: 14 },
      { key: 'contact', nl: 'Contact', en: 'Contact', synonyms: ['Contactpersoon'], kind: 'text', width: 22 },
    ],
  },
  {
    key: 'supervisors',
    nl: 'Begeleiders',
    en: 'Support workers',
    // Earlier English workbooks called them supervisors.
    synonyms: ['Begeleider', 'Supervisor', 'Supervisors', 'Support worker'],
    intro: { nl: 'Begeleiders, om evaluaties en intervisie te groeperen.', en: 'Support workers, to group evaluations and peer consultation.' },
    columns: [
      { key: 'name', nl: 'Naam', en: 'Name', synonyms: ['Begeleider'], required: true, kind: 'text', width: 20 },
      { key: 'location', nl: 'Locatie', en: 'Location', synonyms: [], kind: 'text', width: 16 },
      { key: 'trained', nl: 'Getraind', en: 'Trained', synonyms: [], kind: 'text', width: 10, list: YES_NO },
      { key: 'trainedOn', nl: 'Datum training', en: 'Training date', synonyms: ['Getraind op', 'Trainingsdatum', 'Trained on'], kind: 'date', width: 14 },
      { key: 'email', nl: 'E-mail', en: 'Email', synonyms: ['Mail', 'E-mailadres'], kind: 'text', width: 26 },
    ],
  },
  {
    key: 'safety',
    nl: 'Veiligheidssignalen',
    en: 'Safety concerns',
    synonyms: ['Veiligheidssignaal', 'Veiligheid', 'Zorgen over veiligheid', 'Safety', 'Safety concern', 'Safety register'],
    intro: {
      nl: 'Eén rij per zorg over veiligheid. Kring zet hier elke "ja" van een verwerkt evaluatieformulier; u kunt zelf rijen toevoegen. Een open signaal staat op elke intervisie tot het is afgehandeld.',
      en: 'One row per safety concern. Kring adds every "yes" of a processed evaluation form; you may add rows yourself. An open concern is on every peer consultation until it is handled.',
    },
    columns: [
      { key: 'date', nl: 'Datum', en: 'Date', synonyms: ['Gemeld op', 'Reported on'], kind: 'date', width: 12 },
      {
        key: 'about', nl: 'Over cliënt-ID', en: 'About client ID', synonyms: ['Cliënt-ID', 'Client ID', 'Over', 'About', 'ID', 'Netwerker-ID', 'Networker ID'], required: true, kind: 'text', width: 14,
        hint: { nl: 'De ID van de cliënt of netwerker over wie de zorg gaat.', en: 'The ID of the client or networker the concern is about.' },
      },
      { key: 'with', nl: 'Met cliënt-ID', en: 'With client ID', synonyms: ['Met', 'With', 'Tweede ID', 'Second ID'], kind: 'text', width: 13 },
      { key: 'supervisor', nl: 'Begeleider', en: 'Support worker', synonyms: ['Gemeld door', 'Reported by', 'Supervisor'], kind: 'text', width: 18 },
      { key: 'text', nl: 'Signaal', en: 'Concern', synonyms: ['Toelichting', 'Omschrijving', 'Zorg', 'Description', 'Notes', 'Toelichting veiligheid'], kind: 'text', width: 44 },
      {
        key: 'source', nl: 'Bron', en: 'Source', synonyms: ['Herkomst'], kind: 'text', width: 18,
        list: { nl: ['evaluatieformulier', 'handmatig', 'intervisie'], en: ['evaluation form', 'entered by hand', 'peer consultation'] },
      },
      {
        key: 'status', nl: 'Status', en: 'Status', synonyms: [], kind: 'text', width: 13,
        list: { nl: ['open', 'afgehandeld'], en: ['open', 'handled'] },
        hint: { nl: 'open tot er is afgesproken wat nodig is en dat is gedaan; dan afgehandeld.', en: 'open until what is needed has been agreed and done; then handled.' },
      },
      { key: 'action', nl: 'Afgesproken actie', en: 'Agreed action', synonyms: ['Actie', 'Action', 'Afspraak'], kind: 'text', width: 30 },
      { key: 'handledOn', nl: 'Afgehandeld op', en: 'Handled on', synonyms: ['Gesloten op', 'Closed on'], kind: 'date', width: 14 },
    ],
  },
  LONELINESS_SHEET,
];

export function sheetDef(key: SheetKey): SheetDef {
  const def = SHEETS.find((s) => s.key === key);
  if (!def) throw new Error(`unknown sheet ${key}`);
  return def;
}

export const SETTINGS_SHEET = { nl: 'Instellingen', en: 'Settings', synonyms: ['Kring instellingen', 'Configuratie'] };
