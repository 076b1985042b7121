/** Parses the command line of cli.md. */
import { Bilingual, Lang, pick } from '../engine/i18n';
import { parseDate } from '../engine/read/cells';

export const COMMANDS = ['check', 'template', 'suggest', 'decide', 'maps', 'evaluate', 'intervisie', 'results', 'questionnaire', 'intake', 'all', 'demo', 'access', 'erase', 'retention'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  input: string | null;
  output: string | null;
  inPlace: boolean;
  date: string | null;
  /** With maps: the earlier measurement date to compare the map on --date with. */
  from: string | null;
  clients: string[];
  /** With maps (and all): every client of these locations; with questionnaire: the clients of this location. */
  locations: string[];
  explain: boolean;
  json: boolean;
  lang: Lang | null;
  /** With intake: make the intake forms (instead of reading them back). */
  forms: boolean;
  /** With intake: write the proposed changes into Competenties and Cliënten. */
  apply: boolean;
  /** Overwrite a read-only output file. */
  force: boolean;
  help: boolean;
}

/** Wrong usage, worded in both languages; the command line prints it in the user's. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  say(lang: Lang): string {
    return pick(this.text, lang);
  }
}

/** The language asked for on the command line, before it is parsed (for messages about the parsing itself). */
export function langOfArgv(argv: string[]): Lang {
  const i = argv.lastIndexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : 'nl';
}

const DATE_EXAMPLE: Bilingual = { nl: 'bijvoorbeeld 01-12-2026 of 2026-12-01', en: 'for example 01-12-2026 or 2026-12-01' };

/**
 * A date the user's way: dd-mm-jjjj (also with / or .) or jjjj-mm-dd, as ISO. A two-digit year is
 * ambiguous and an impossible day (31-02-2026) does not exist: both refused with an example.
 */
export function parseDateOption(option: string, text: string): string {
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.test(text);
  if (dayFirst && dayFirst[3].length !== 4) {
    throw new UsageError({
      nl: `${option} ${text}: schrijf het jaar voluit (vier cijfers), ${DATE_EXAMPLE.nl}`,
      en: `${option} ${text}: write the year in full (four digits), ${DATE_EXAMPLE.en}`,
    });
  }
  if (!dayFirst && !iso) {
    throw new UsageError({
      nl: `${option} ${text} is geen datum: schrijf dd-mm-jjjj of jjjj-mm-dd, ${DATE_EXAMPLE.nl}`,
      en: `${option} ${text} is not a date: write dd-mm-yyyy or yyyy-mm-dd, ${DATE_EXAMPLE.en}`,
    });
  }
  const parsed = parseDate(text);
  if (!parsed.ok || !parsed.value) {
    throw new UsageError({ nl: `${option} ${text}: die dag bestaat niet (${DATE_EXAMPLE.nl})`, en: `${option} ${text}: that day does not exist (${DATE_EXAMPLE.en})` });
  }
  return parsed.value;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'check', input: null, output: null, inPlace: false, date: null, from: null, clients: [], locations: [], explain: false, json: false, lang: null, forms: false, apply: false, force: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError({ nl: `${arg} heeft een waarde nodig`, en: `${arg} needs a value` });
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-o':
      case '--output':
        args.output = value();
        break;
      case '--in-place':
        args.inPlace = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--date':
      case '--from': {
        const d = parseDateOption(arg, value());
        if (arg === '--date') args.date = d;
        else args.from = d;
        break;
      }
      case '--client':
        args.clients.push(value());
        break;
      case '--location':
        args.locations.push(value());
        break;
      case '--forms':
        args.forms = true;
        break;
      case '--apply':
        args.apply = true;
        break;
      case '--explain':
        args.explain = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--lang': {
        const l = value();
        if (l !== 'nl' && l !== 'en') throw new UsageError({ nl: `--lang is nl of en, niet "${l}"`, en: `--lang must be nl or en, not "${l}"` });
        args.lang = l;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError({ nl: `onbekende optie ${arg}`, en: `unknown option ${arg}` });
        positional.push(arg);
    }
  }
  if (args.help) return args;
  const [command, input, ...rest] = positional;
  if (!command) throw new UsageError({ nl: 'geen opdracht gegeven', en: 'no command given' });
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError({ nl: `onbekende opdracht "${command}"`, en: `unknown command "${command}"` });
  args.command = command as Command;
  if (rest.length) throw new UsageError({ nl: `onverwacht argument "${rest[0]}"`, en: `unexpected argument "${rest[0]}"` });
  args.input = input ?? null;
  if (args.from && !args.date) throw new UsageError({ nl: '--from heeft --date nodig: de kaart op --from wordt vergeleken met de kaart op --date', en: '--from needs --date: the map on --from is compared with the map on --date' });
  if (args.from && args.date && args.from >= args.date) throw new UsageError({ nl: `--from (${args.from}) moet vóór --date (${args.date}) liggen`, en: `--from (${args.from}) must be before --date (${args.date})` });
  if (args.from && args.command !== 'maps' && args.command !== 'all') throw new UsageError({ nl: `--from is voor maps en all, niet voor ${command}`, en: `--from is for maps and all, not ${command}` });
  if (args.locations.length && !['questionnaire', 'intake', 'maps', 'all'].includes(args.command)) throw new UsageError({ nl: `--location is voor maps, all, questionnaire en intake, niet voor ${command}`, en: `--location is for maps, all, questionnaire and intake, not ${command}` });
  if (args.locations.length > 1 && (args.command === 'questionnaire' || args.command === 'intake')) throw new UsageError({ nl: `${command} neemt één --location`, en: `${command} takes one --location` });
  if ((args.forms || args.apply) && args.command !== 'intake') throw new UsageError({ nl: `--forms en --apply zijn voor intake, niet voor ${command}`, en: `--forms and --apply are for intake, not ${command}` });
  if (args.forms && args.apply) throw new UsageError({ nl: 'intake: kies --forms (formulieren maken) of --apply (wijzigingen schrijven), niet allebei', en: 'intake: choose --forms (make the forms) or --apply (write the changes), not both' });
  if ((args.command === 'access' || args.command === 'erase') && args.clients.length !== 1) throw new UsageError({ nl: `${command} neemt precies één --client ID`, en: `${command} takes exactly one --client ID` });
  if (args.command === 'access' && args.inPlace) throw new UsageError({ nl: 'access schrijft een nieuwe werkmap, nooit in de invoer: geef -o BESTAND', en: 'access writes a new workbook, never into the input: give -o FILE' });
  if (!args.input && args.command !== 'template' && args.command !== 'demo') throw new UsageError({ nl: `${command} heeft een werkmap (.xlsx) nodig`, en: `${command} needs a workbook (.xlsx)` });
  return args;
}

export const USAGE = `Usage: kring <command> <workbook.xlsx> [options]

commands
  check       read and validate the input sheets; print the problems
  template    write an empty, formatted input workbook (kring template -o new.xlsx)
  suggest     pairing suggestions, candidate netwerkers, location overview
  decide      process the decisions in Koppelvoorstellen into the register Koppelingen
  maps        network maps and the network overview (every client of a location with at
              most 50 maps, or --location NAME / --client ID …);
              the latest two dates, --date D with the one before it, or --from F --date D
  evaluate    evaluation sheets for --date (default today) and the evaluation overview
  intervisie  intervisie agenda for --date
  results     Begeleidersoverzicht (per begeleider) and Resultaten (over all measurement dates, per location)
  questionnaire  loneliness questionnaires for --date (default today), one A4 page per active client
              (--location L, --client ID …), and the Eenzaamheidsoverzicht
  intake      --forms: an intake form per client for --date (--location L, --client ID …; never assessed first);
              without it: the changes the filled forms propose to Competenties and Cliënten (nothing written);
              --apply: write those changes (levels with the form's date and assessor)
  all         suggest + maps + evaluate + intervisie + results
  demo        \`all\` on the sample workbook that ships with Kring; writes kring-demo.xlsx
  access      everything Kring holds about one client (--client ID) in a NEW workbook (-o FILE)
  erase       remove one client (--client ID) from every sheet Kring reads or writes, with a log
  retention   remove what is older than the retention period (Instellingen), with a log

options
  -o, --output FILE   where to write; default <input>-kring.xlsx
  --in-place          write into the input file itself
  --force             overwrite the output even when it is read-only (it stays read-only)
  --date DATE         the evaluation / measurement date: dd-mm-yyyy or yyyy-mm-dd
  --from DATE         with maps: compare the map on this date with the map on --date
  --client ID         limit maps (and questionnaires) to these clients (repeatable)
  --location NAME     maps for every client of this location (repeatable); with questionnaire: its active clients
  --forms             with intake: make the intake forms
  --apply             with intake: write the proposed changes (without it nothing is written)
  --explain           with suggest: list every candidate and blocked pair
  --json              machine-readable summary on stdout (human text on stderr)
  --lang nl|en        language of messages and new sheet names

exit status: 0 done; 1 the input has errors (nothing written); 2 wrong usage or a file problem
`;

export const USAGE_NL = `Gebruik: kring <opdracht> <werkmap.xlsx> [opties]

opdrachten
  check       de invoerbladen lezen en controleren; de problemen tonen
  template    een lege, opgemaakte invoerwerkmap schrijven (kring template -o nieuw.xlsx)
  suggest     koppelvoorstellen, kandidaat-netwerkers, locatie-overzicht
  decide      de besluiten in Koppelvoorstellen verwerken in het register Koppelingen
  maps        netwerkkaarten en het netwerkoverzicht (alle cliënten, of --client ID …);
              de laatste twee datums, --date D met de datum ervoor, of --from F --date D
  evaluate    evaluatiebladen voor --date (standaard vandaag) en het evaluatieoverzicht
  intervisie  intervisie-agenda voor --date
  results     Begeleidersoverzicht (per begeleider) en Resultaten (over alle meetdatums, per locatie)
  questionnaire  vragenlijsten eenzaamheid voor --date (standaard vandaag), één A4 per actieve cliënt
  intake      --forms: een intakeformulier per cliënt voor --date (--location L, --client ID …; nooit beoordeeld eerst);
              zonder: de wijzigingen die de ingevulde formulieren voorstellen in Competenties en Cliënten (niets geschreven);
              --apply: die wijzigingen schrijven (niveaus met de datum en beoordelaar van het formulier)
  all         suggest + maps + evaluate + intervisie + results
  demo        \`all\` op de voorbeeldwerkmap van Kring; schrijft kring-demo.xlsx
  access      alles wat Kring over één cliënt bewaart (--client ID) in een NIEUWE werkmap (-o BESTAND)
  erase       één cliënt (--client ID) verwijderen uit elk blad dat Kring leest of schrijft, met een log
  retention   verwijderen wat ouder is dan de bewaartermijn (Instellingen), met een log

opties
  -o, --output BESTAND  waar naartoe; standaard <invoer>-kring.xlsx
  --in-place          in het invoerbestand zelf schrijven
  --force             ook een alleen-lezen uitvoerbestand overschrijven (het blijft alleen-lezen)
  --date DATUM        de evaluatie- / meetdatum: dd-mm-jjjj of jjjj-mm-dd
  --from DATUM        met maps: de kaart op deze datum vergelijken met de kaart op --date
  --client ID         kaarten alleen voor deze cliënten (herhaalbaar)
  --forms             met intake: de intakeformulieren maken
  --apply             met intake: de voorgestelde wijzigingen schrijven (zonder wordt niets geschreven)
  --explain           met suggest: elk kandidaat-paar en elk geblokkeerd paar tonen
  --json              samenvatting voor programma's op stdout (tekst voor mensen op stderr)
  --lang nl|en        taal van meldingen en nieuwe bladnamen

afsluitcode: 0 klaar; 1 de invoer heeft fouten (niets geschreven); 2 verkeerd gebruik of een bestandsprobleem
`;

export function usage(lang: Lang): string {
  return lang === 'nl' ? USAGE_NL : USAGE;
}
