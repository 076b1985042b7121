/** `kring` — the command line of cli.md. Thin: parsing, file handling and printing; the engine does the work. */
import { existsSync } from 'fs';
import path from 'path';
import { ClientNotFound, runAccess, runErase, runRetention, runAll, runCheck, runDecide, runEvaluate, runIntervisie, runMaps, runIntake, runIntakeForms, runQuestionnaire, runResults, runSuggest, runTemplate, RunOutcome } from '../engine/commands';
import { counted, Lang, pick } from '../engine/i18n';
import { hasErrors, problemJson, problemLine } from '../engine/problems';
import { outcomeCounts, problemCount } from '../engine/summary';
import { XlsxWorkbook } from '../xlsx/gateway';
import { CliArgs, langOfArgv, parseArgs, usage, UsageError } from './args';
import { intakeJson, intakeLines, intakeWrites } from './intake';
import { FileProblem, openInput, saveTo, unreadableInput, writeProblem } from './files';

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
  const asked = langOfArgv(argv);
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kring: ${e.say(asked)}\n\n${usage(asked)}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.out(usage(asked));
    return 0;
  }
  const human = (text: string) => (args.json ? io.err(text) : io.out(text));
  const state = { lang: asked, input: args.command === 'demo' ? samplePath() : args.input ?? '' };
  try {
    return await runCli(args, io, human, state);
  } catch (e) {
    const problem = e instanceof FileProblem || e instanceof UsageError || e instanceof ClientNotFound ? e : unreadableInput(e, state.input);
    if (problem instanceof FileProblem || problem instanceof UsageError || problem instanceof ClientNotFound) {
      io.err(`kring: ${problem.say(state.lang)}\n`);
      return 2;
    }
    // Never a library's text or a stack trace: a plain sentence in the user's language.
    io.err(`kring: ${pick({ nl: 'er ging onverwacht iets mis; er is niets geschreven. Probeer het opnieuw, of meld het aan wie Kring beheert.', en: 'something unexpected went wrong; nothing was written. Try again, or tell whoever looks after Kring.' }, state.lang)}\n`);
    return 2;
  }
}

async function runCli(args: CliArgs, io: Io, human: (t: string) => void, state: { lang: Lang; input: string }): Promise<number> {
  const input = args.command === 'demo' ? samplePath() : args.input;
  const workbook = input ? await openInput(input) : XlsxWorkbook.create();
  const options = { lang: args.lang ?? undefined, today: args.date ?? undefined, explain: args.explain, clients: args.clients, locations: args.locations, date: args.date, dates: args.from && args.date ? [args.from, args.date] : null };
  let outcome: RunOutcome;
  // Access reads the user's workbook and writes a new one; the input is never written.
  const access = args.command === 'access' ? XlsxWorkbook.create() : null;
  switch (args.command) {
    case 'access':
      outcome = await runAccess(workbook, access!, { ...options, client: args.clients[0] });
      break;
    case 'erase':
      outcome = await runErase(workbook, { ...options, client: args.clients[0] });
      break;
    case 'retention':
      outcome = await runRetention(workbook, options);
      break;
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
    case 'questionnaire':
      outcome = await runQuestionnaire(workbook, { ...options, location: args.locations[0] ?? null });
      break;
    case 'intake':
      // Read back writes nothing unless --apply: the command line's confirmation.
      outcome = args.forms ? await runIntakeForms(workbook, { ...options, location: args.locations[0] ?? null }) : await runIntake(workbook, { ...options, apply: args.apply });
      break;
    default:
      outcome = await runAll(workbook, options);
      outcome.command = args.command;
  }
  state.lang = outcome.lang;
  const failed = hasErrors(outcome.problems);
  const writes = args.command !== 'check' && !failed && (args.command !== 'intake' || intakeWrites(outcome, args.forms));
  let target: string | null = null;
  if (writes) {
    target = outputPath(args, input);
    try {
      await saveTo(access ?? workbook, target, args.force);
    } catch (e) {
      throw input ? unreadableInput(writeProblem(e, target), input) : writeProblem(e, target);
    }
  }
  report(outcome, args, io, human, target);
  return failed ? 1 : 0;
}

function outputPath(args: CliArgs, input: string | null): string {
  if (args.command === 'demo') return path.resolve(args.output ?? 'kring-demo.xlsx');
  if (!input) return path.resolve(args.output ?? 'kring-template.xlsx');
  if (args.command === 'access') {
    const ext = path.extname(input);
    const out = path.resolve(args.output ?? path.join(path.dirname(input), `${path.basename(input, ext)}-inzage.xlsx`));
    if (out === path.resolve(input)) throw new UsageError({ nl: 'access schrijft een nieuwe werkmap, nooit in de invoer: geef een ander -o BESTAND', en: 'access writes a new workbook, never into the input: give another -o FILE' });
    return out;
  }
  if (args.inPlace) return path.resolve(input);
  const out = path.resolve(args.output ?? defaultOutput(input));
  if (out === path.resolve(input)) throw new UsageError({ nl: 'de uitvoer zou de invoer overschrijven; geef --in-place om in het invoerbestand zelf te schrijven', en: 'the output would overwrite the input; use --in-place to write into it' });
  return out;
}

function report(outcome: RunOutcome, args: CliArgs, io: Io, human: (t: string) => void, target: string | null): void {
  const lang: Lang = outcome.lang;
  for (const p of outcome.problems) human(problemLine(p, lang) + '\n');
  const errors = outcome.problems.filter((p) => p.severity === 'error').length;
  const warnings = outcome.problems.length - errors;
  const count = problemCount(errors, warnings);
  const warningCount = counted(warnings, { nl: 'waarschuwing', en: 'warning' }, { nl: 'waarschuwingen', en: 'warnings' });
  if (errors) human(pick({ nl: `${count.nl}. Er is niets geschreven.\n`, en: `${count.en}. Nothing was written.\n` }, lang));
  else if (outcome.command === 'check') human(pick({ nl: `Geen fouten (${warningCount.nl}).\n`, en: `No errors (${warningCount.en}).\n` }, lang));
  for (const line of intakeLines(outcome, args.apply, lang)) human(line + '\n');
  if (target) {
    for (const line of outcomeCounts(outcome)) human(pick(line, lang) + '\n');
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
    Object.assign(summary, pairingJson(outcome, args.explain, lang), intakeJson(outcome));
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
      klik: f.klik, motivation: f.motivation, loneliness: { atStart: f.lonelinessAtStart, now: f.lonelinessNow }, flags: f.flags,
    }));
  }
  if (outcome.results) out.results = outcome.results;
  if (outcome.safety) {
    out.safety = outcome.safety.map((c) => ({ about: c.about, with: c.with, date: c.date, text: c.text, source: c.source, status: c.status }));
  }
  if (outcome.recordedConcerns) out.recordedConcerns = outcome.recordedConcerns.length;
  if (outcome.read && outcome.command !== 'template') {
    out.loneliness = outcome.read.model.loneliness.map((m) => ({ client: m.clientId, date: m.date, total: m.score?.total ?? null, emotional: m.score?.emotional ?? null, social: m.score?.social ?? null, level: m.score?.level ?? null }));
  }
  if (outcome.questionnaires) out.questionnaires = outcome.questionnaires;
  // Counts per sheet only: the summary of an erasure never names who.
  if (outcome.erased) out.erased = outcome.erased.map((e) => ({ sheet: e.sheet, rows: e.rows, cells: e.cells, rebuilt: e.rebuilt }));
  return out;
}
