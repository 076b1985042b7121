/** Parses the command line of cli.md. */
import { Lang } from '../engine/i18n';

export const COMMANDS = ['check', 'template', 'suggest', 'decide', 'maps', 'evaluate', 'intervisie', 'results', 'all', 'demo'] as const;
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
  locations: string[];
  explain: boolean;
  json: boolean;
  lang: Lang | null;
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'check', input: null, output: null, inPlace: false, date: null, from: null, clients: [], locations: [], explain: false, json: false, lang: null, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
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
      case '--date':
      case '--from': {
        const d = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new UsageError(`${arg} must be YYYY-MM-DD, not "${d}"`);
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
      case '--explain':
        args.explain = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--lang': {
        const l = value();
        if (l !== 'nl' && l !== 'en') throw new UsageError(`--lang must be nl or en, not "${l}"`);
        args.lang = l;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (args.help) return args;
  const [command, input, ...rest] = positional;
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"`);
  args.command = command as Command;
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  args.input = input ?? null;
  if (args.from && !args.date) throw new UsageError('--from needs --date: the map on --from is compared with the map on --date');
  if (args.from && args.date && args.from >= args.date) throw new UsageError(`--from (${args.from}) must be before --date (${args.date})`);
  if (args.from && args.command !== 'maps' && args.command !== 'all') throw new UsageError(`--from is for maps and all, not ${command}`);
  if (!args.input && args.command !== 'template' && args.command !== 'demo') throw new UsageError(`${command} needs a workbook (.xlsx)`);
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
  all         suggest + maps + evaluate + intervisie + results
  demo        \`all\` on the sample workbook that ships with Kring; writes kring-demo.xlsx

options
  -o, --output FILE   where to write; default <input>-kring.xlsx
  --in-place          write into the input file itself
  --date YYYY-MM-DD   the evaluation / measurement date
  --from YYYY-MM-DD   with maps: compare the map on this date with the map on --date
  --client ID         limit maps to these clients (repeatable)
  --location NAME     maps for every client of this location (repeatable)
  --explain           with suggest: list every candidate and blocked pair
  --json              machine-readable summary on stdout (human text on stderr)
  --lang nl|en        language of messages and new sheet names

exit status: 0 done; 1 the input has errors (nothing written); 2 wrong usage or unreadable file
`;
