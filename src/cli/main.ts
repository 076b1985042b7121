/** `kring` — the command line of cli.md. Thin: parsing, file handling and printing; the engine does the work. */
import { existsSync } from 'fs';
import path from 'path';
import { runAll, runCheck, runDecide, runEvaluate, runIntervisie, runMaps, runResults, runSuggest, runTemplate, RunOutcome } from '../engine/commands';
import { pick } from '../engine/i18n';
import { Lang } from '../engine/i18n';
import { hasErrors, problemJson, problemLine } from '../engine/problems';
import { XlsxGatewayError, XlsxWorkbook } from '../xlsx/gateway';
import { CliArgs, parseArgs, USAGE, UsageError } from './args';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** The folder that holds package.json, for the bundled sample. */
function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function samplePath(): string {
  return path.join(packageRoot(), 'assets', 'sample.xlsx');
}

function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-kring.xlsx`);
}


export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kring: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const human = (text: string) => (args.json ? io.err(text) : io.out(text));
  try {
    return await runCli(args, io, human);
  } catch (e) {
    if (e instanceof XlsxGatewayError || e instanceof UsageError) {
      io.err(`kring: ${e.message}\n`);
      return 2;
    }
    io.err(`kring: unexpected failure: ${(e as Error).message}\n`);
    return 2;
  }
}

async function runCli(args: CliArgs, io: Io, human: (t: string) => void): Promise<number> {
  const input = args.command === 'demo' ? samplePath() : args.input;
  const workbook = input ? await XlsxWorkbook.open(input) : XlsxWorkbook.create();
  const options = { lang: args.lang ?? undefined, today: args.date ?? undefined, explain: args.explain, clients: args.clients, locations: args.locations, date: args.date, dates: args.from && args.date ? [args.from, args.date] : null };
  let outcome: RunOutcome;
  switch (args.command) {
    case 'check':
      outcome = await runCheck(workbook, options);
      break;
    case 'template':
      outcome = await runTemplate(workbook, options);
      break;
    case 'suggest':
      outcome = await runSuggest(workbook, options);
      break;
    case 'decide':
      outcome = await runDecide(workbook, options);
      break;
    case 'maps':
      outcome = await runMaps(workbook, options);
      break;
    case 'evaluate':
      outcome = await runEvaluate(workbook, options);
      break;
    case 'intervisie':
      outcome = await runIntervisie(workbook, options);
      break;
    case 'results':
      outcome = await runResults(workbook, options);
      break;
    default:
      outcome = await runAll(workbook, options);
      outcome.command = args.command;
  }
  const failed = hasErrors(outcome.problems);
  const writes = args.command !== 'check' && !failed;
  let target: string | null = null;
  if (writes) {
    target = outputPath(args, input);
    await workbook.save(target);
  }
  report(outcome, args, io, human, target);
  return failed ? 1 : 0;
}

function outputPath(args: CliArgs, input: string | null): string {
  if (args.command === 'demo') return path.resolve(args.output ?? 'kring-demo.xlsx');
  if (!input) return path.resolve(args.output ?? 'kring-template.xlsx');
  if (args.inPlace) return path.resolve(input);
  const out = path.resolve(args.output ?? defaultOutput(input));
  if (out === path.resolve(input)) throw new UsageError('the output would overwrite the input; use --in-place to write into it');
  return out;
}

function report(outcome: RunOutcome, args: CliArgs, io: Io, human: (t: string) => void, target: string | null): void {
  const lang: Lang = outcome.lang;
  for (const p of outcome.problems) human(problemLine(p, lang) + '\n');
  const errors = outcome.problems.filter((p) => p.severity === 'error').length;
  const warnings = outcome.problems.length - errors;
  if (errors) human(pick({ nl: `${errors} fout(en), ${warnings} waarschuwing(en). Er is niets geschreven.\n`, en: `${errors} error(s), ${warnings} warning(s). Nothing was written.\n` }, lang));
  else if (outcome.command === 'check') human(pick({ nl: `Geen fouten (${warnings} waarschuwing(en)).\n`, en: `No errors (${warnings} warning(s)).\n` }, lang));
  if (target) {
    if (outcome.sheets.length) human((pick({ nl: 'Bladen geschreven: ', en: 'Sheets written: ' }, lang)) + outcome.sheets.join(', ') + '\n');
    if (outcome.skipped.length) human((pick({ nl: 'Al aanwezig, ongewijzigd gelaten: ', en: 'Already present, left as they were: ' }, lang)) + outcome.skipped.join(', ') + '\n');
    human((pick({ nl: 'Geschreven naar ', en: 'Written to ' }, lang)) + target + '\n');
  }
  if (args.json) {
    const summary: Record<string, unknown> = {
      command: outcome.command,
      problems: outcome.problems.map((p) => problemJson(p, lang)),
    };
    if (outcome.command !== 'check') summary.sheets = outcome.sheets;
    Object.assign(summary, pairingJson(outcome, args.explain, lang));
    io.out(JSON.stringify(summary, null, 2) + '\n');
  }
}

/** The pairing fields of cli.md's --json summary. */
function pairingJson(outcome: RunOutcome, explain: boolean, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const s = outcome.suggest;
  if (s) {
    out.suggestions = s.suggestions.map((p) => ({ netwerker: p.networkerId, client: p.clientId, score: p.score, parts: p.parts, activity: p.activity }));
    out.unmatched = s.unmatched.map((u) => ({ client: u.clientId, reason: pick(u.reason, lang) }));
    if (explain) {
      out.pairs = [
        ...s.pairs.map((p) => ({ netwerker: p.networkerId, client: p.clientId, score: p.score, parts: p.parts, blockedBy: null })),
        ...s.blocked.map((b) => ({ netwerker: b.networkerId, client: b.clientId, score: b.score, parts: b.parts, blockedBy: b.rule })),
      ];
    }
  }
  if (outcome.candidates) out.candidates = outcome.candidates.map((c) => ({ client: c.clientId, score: c.score }));
  if (outcome.networks) {
    out.networks = outcome.networks.map((n) => ({
      client: n.clientId,
      date: n.date,
      size: n.size,
      bySector: Object.fromEntries(Object.entries(n.bySector).filter(([, count]) => count > 0)),
      professionalShare: n.professionalShare,
      density: n.density,
    }));
  }
  if (outcome.changes) {
    out.changes = outcome.changes.map((c) => ({ client: c.clientId, from: c.from, to: c.to, added: c.added, lost: c.lost, kept: c.kept, jaccard: c.jaccard }));
  }
  if (outcome.evaluations) out.evaluations = outcome.evaluations.map((e) => ({ netwerker: e.networkerId, client: e.clientId, sheet: e.sheet }));
  if (outcome.decisions) out.decisions = outcome.decisions;
  if (outcome.supervisors) {
    out.supervisors = outcome.supervisors.map((f) => ({
      name: f.name, location: f.location, trained: f.trained, trainedOn: f.trainedOn, competences: f.competences,
      clients: f.clients, networkers: f.networkers, candidates: f.candidates, activePairings: f.activePairings,
      evaluations: { done: f.evaluationsDone, dueSoon: f.evaluationsDue, overdue: f.evaluationsOverdue },
      network: { atStart: f.sizeAtStart, now: f.sizeNow, verySmallShare: f.verySmallShare },
      klik: f.klik, motivation: f.motivation, flags: f.flags,
    }));
  }
  if (outcome.results) out.results = outcome.results;
  return out;
}
