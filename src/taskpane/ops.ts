/**
 * The operations the task pane offers, over any gateway: the Excel gateway in Excel and in the
 * playground (on the test host). Components receive a `KringOps` and never touch Office.
 */
import type { RunOutcome } from '../engine/commands';
import type { EvaluationAnswers } from '../engine/evaluation/answers';
import type { Bilingual, Lang } from '../engine/i18n';
import type { Settings } from '../engine/model';
import type { Decision } from '../engine/pairing/readBack';
import type { WorkbookGateway } from '../engine/workbook';
import type { ExcelFeatures } from '../engine/hostFeatures';

/**
 * Progress of a running operation: step out of total, with a label in both languages. The
 * listener may throw `Cancelled`: the engine reports progress before it writes, so the command
 * stops there and nothing is written.
 */
export type ProgressListener = (step: number, total: number, label: Bilingual) => void;

/** Thrown from a progress listener when the user pressed Cancel; the command stops before its write. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled by the user');
    this.name = 'Cancelled';
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof Cancelled || (error instanceof Error && error.name === 'Cancelled');
}

/** What this Excel supports (null when unknown, e.g. a gateway without the question). */
export type Features = ExcelFeatures;

/** "Controleer werkmap" and the reads behind the workbook at a glance. */
export interface CheckOutcome extends RunOutcome {
  /** Rows of Koppelvoorstellen whose decision is still open. */
  openDecisions: number;
  /** Every evaluation form in the workbook, with what was filled in. */
  answers: EvaluationAnswers[];
}

/** "Open voorbeeld": the sheets written, of which `filled` were empty input sheets that got the sample's rows. */
export interface SampleOutcome extends RunOutcome {
  filled: number;
}

/** Which pairings get an evaluation form: all, one location and/or one begeleider. */
export interface EvaluationRequest {
  /** ISO date of the evaluation. */
  date: string;
  location: string | null;
  supervisor: string | null;
}

/** Who gets a loneliness questionnaire: the active clients of one location, or of all (null). */
export interface QuestionnaireRequest {
  /** ISO date the questionnaires are for. */
  date: string;
  location: string | null;
}

export interface KringOps {
  /** "Controleer werkmap": read and validate the input; writes nothing. */
  check(progress?: ProgressListener): Promise<CheckOutcome>;
  /** "Maak invoerbladen": add the input sheets that are missing; existing sheets stay as they are. */
  createInputSheets(progress?: ProgressListener): Promise<RunOutcome>;
  /** "Open voorbeeld": add the sample's sheets that are missing. */
  openSample(progress?: ProgressListener): Promise<SampleOutcome>;
  /** Select a cell (and activate its sheet), e.g. the cell of a problem. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * "Maak koppelvoorstellen": rebuilds Koppelvoorstellen, Kandidaat-netwerkers and
   * Locatie-overzicht (for one location, or all with null); errors in the input stop it first.
   */
  suggest(location: string | null, progress?: ProgressListener): Promise<RunOutcome>;
  /** Writes the decision of one suggestion into the Besluit cell of Koppelvoorstellen. */
  setDecision(pair: Pair, decision: Decision): Promise<RunOutcome>;
  /** "Verwerk besluiten": accepted pairs into the register Koppelingen, rejected ones remembered. */
  processDecisions(progress?: ProgressListener): Promise<DecideOutcome>;
  /**
   * "Maak netwerkkaart" for the given clients (rebuilt in place), with the Netwerkoverzicht: the
   * maps on exactly the chosen measurement dates (one or two), or the latest two with null. With no clients, "Netwerkoverzicht":
   * the overview only (with at most 50 clients with a map the engine draws every client's map too).
   */
  maps(clients: string[], dates: string[] | null, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak evaluatieformulieren": Evaluatie <date> (answers typed earlier are kept) and the Evaluatieoverzicht. */
  evaluate(request: EvaluationRequest, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak intervisie-agenda": Intervisie <date> (notes typed earlier are kept). */
  intervisie(date: string, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak vragenlijsten": Vragenlijst <date> (ticks made earlier are kept) and the Eenzaamheidsoverzicht. */
  questionnaire(request: QuestionnaireRequest, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak intakeformulieren": Intake <date> for a location (null: all), answers kept. */
  intakeForms(request: QuestionnaireRequest, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Lees intakes": the changes the filled intake forms propose; `accept` (ids) writes those into Competenties and Cliënten. */
  intake(accept: string[] | null, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak resultaten": Begeleidersoverzicht and Resultaten, rebuilt. */
  results(progress?: ProgressListener): Promise<RunOutcome>;
  /** "Opslaan": writes the settings into the sheet Instellingen (created when missing). */
  saveSettings(settings: Settings): Promise<RunOutcome>;
  /**
   * "Maak inzage": everything Kring holds about the client, opened as a new workbook (AVG art. 15);
   * the user's workbook is only read. NewWorkbookUnavailable where this Excel cannot open one.
   */
  access(client: string, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Toon wat er weg gaat": per sheet what erasing the client would remove (nothing written). */
  previewErase(client: string): Promise<ErasePreview>;
  /** "Verwijder deze cliënt": the client removed from every sheet Kring reads or writes, with a log. */
  erase(client: string, progress?: ProgressListener): Promise<RunOutcome>;
  /** "Bewaartermijn toepassen": what is older than the retention period removed, with a log. */
  retention(progress?: ProgressListener): Promise<RunOutcome>;
  /** What this Excel supports; null when the gateway cannot tell. */
  features(): Features | null;
}

/** What an erasure would remove, per sheet; `blocked`: the input has errors (nothing can be erased). */
export interface ErasePreview {
  sheets: { sheet: string; rows: number; cells: number; rebuilt: boolean }[];
  blocked: boolean;
  /** Cells that would still hold the client's first name (listed after the erasure, to look at). */
  firstNames: number;
}

/** One suggested pair. */
export interface Pair {
  networkerId: string;
  clientId: string;
}

/** The outcome of "Verwerk besluiten", with what actually changed in the workbook. */
export interface DecideOutcome extends RunOutcome {
  /** Rows added to the register Koppelingen. */
  added: number;
  /** Rejected pairs newly remembered in Kring afwijzingen. */
  remembered: number;
  /** The register's sheet name as it is in the workbook. */
  register: string;
  /** Pairings ended in the register through an evaluation decision (beëindigen / nieuwe koppeling). */
  ended: { networkerId: string; clientId: string; date: string }[];
}

/** What the operations need from a gateway: the engine's workbook interface plus selecting a cell. */
export interface KringGateway extends WorkbookGateway {
  selectCell(sheet: string, address: string): Promise<void>;
  /** What this Excel supports (the Excel gateway knows; others may not). */
  features?(): Features;
  /** Opens an .xlsx package as a new workbook (the Excel gateway; ExcelApi 1.8). */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
}

/**
 * The operations over a gateway. The engine (reading, pairing, maps, evaluation) is loaded on the
 * first call, as a chunk of its own: the pane's initial JavaScript stays small.
 */
export function createKringOps(gateway: KringGateway, lang: Lang): KringOps {
  let impl: Promise<KringOps> | null = null;
  const ops = () => (impl ??= import('./opsImpl').then((m) => m.createOps(gateway, lang)));
  return {
    check: (progress) => ops().then((o) => o.check(progress)),
    createInputSheets: (progress) => ops().then((o) => o.createInputSheets(progress)),
    openSample: (progress) => ops().then((o) => o.openSample(progress)),
    selectCell: (sheet, address) => gateway.selectCell(sheet, address),
    suggest: (location, progress) => ops().then((o) => o.suggest(location, progress)),
    setDecision: (pair, decision) => ops().then((o) => o.setDecision(pair, decision)),
    processDecisions: (progress) => ops().then((o) => o.processDecisions(progress)),
    previewErase: (client) => ops().then((o) => o.previewErase(client)),
    access: (client, progress) => ops().then((o) => o.access(client, progress)),
    erase: (client, progress) => ops().then((o) => o.erase(client, progress)),
    retention: (progress) => ops().then((o) => o.retention(progress)),
    maps: (clients, dates, progress) => ops().then((o) => o.maps(clients, dates, progress)),
    evaluate: (request, progress) => ops().then((o) => o.evaluate(request, progress)),
    intervisie: (date, progress) => ops().then((o) => o.intervisie(date, progress)),
    questionnaire: (request, progress) => ops().then((o) => o.questionnaire(request, progress)),
    intakeForms: (request, progress) => ops().then((o) => o.intakeForms(request, progress)),
    intake: (accept, progress) => ops().then((o) => o.intake(accept, progress)),
    results: (progress) => ops().then((o) => o.results(progress)),
    saveSettings: (settings) => ops().then((o) => o.saveSettings(settings)),
    features: () => (gateway.features ? gateway.features() : null),
  };
}
