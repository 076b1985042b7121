import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { changeLine, IntakeChange } from '../../engine/intake/changes';
import { freshness } from '../../engine/intake/known';
import { KringModel } from '../../engine/model';
import { hasErrors, Problem } from '../../engine/problems';
import { KringOps } from '../ops';
import { todayIso } from '../summary';
import { ActionBar } from './ActionBar';
import { DateField } from './DateField';
import { useLocale } from './Locale';
import { ProblemList } from './ProblemList';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET, ITEM_LIST } from './styles';

const classes = mergeStyleSets({
  p: { margin: 0 },
  list: ITEM_LIST.list,
  focusTarget: FOCUS_TARGET,
});

const ALL = '__all__';

export interface IntakeProps {
  ops: KringOps;
  model: KringModel;
  locations: string[];
  busy: boolean;
  /** After writing: the pane reads the workbook again. */
  onChanged: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Intake: forms for the conversation, and their answers read back, shown and written only when accepted. */
export function Intake({ ops, model, locations, busy, onChanged, onSelectCell }: IntakeProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.intake;
  const [date, setDate] = React.useState(todayIso);
  const [location, setLocation] = React.useState(ALL);
  const [working, setWorking] = React.useState(false);
  const [message, setMessage] = React.useState<{ text: string; error: boolean } | null>(null);
  const [changes, setChanges] = React.useState<IntakeChange[] | null>(null);
  const [forms, setForms] = React.useState(0);
  const [accepted, setAccepted] = React.useState<Set<string>>(new Set());
  const [problems, setProblems] = React.useState<Problem[]>([]);
  // Every finished action is a new result that takes the focus, as in the other steps.
  const [round, setRound] = React.useState(0);
  const resultRef = useFocusOnNew(round);
  const loc = location !== ALL && locations.includes(location) ? location : null;
  const options: IDropdownOption[] = [{ key: ALL, text: t.allLocations }, ...locations.map((l) => ({ key: l, text: l }))];
  const fresh = React.useMemo(() => freshness(model, todayIso(), lang), [model, lang]);
  const names = React.useMemo(() => new Map(model.clients.map((c) => [c.id, c.name])), [model]);
  const disabled = busy || working;

  const act = async (work: () => Promise<void>) => {
    setWorking(true);
    try {
      await work();
    } catch {
      setMessage({ text: strings.intake.blocked, error: true });
    } finally {
      setWorking(false);
      setRound((r) => r + 1);
    }
  };
  const make = () =>
    act(async () => {
      const outcome = await ops.intakeForms({ date, location: loc });
      setProblems(outcome.problems);
      setMessage(hasErrors(outcome.problems) ? { text: t.blocked, error: true } : { text: t.made(outcome.intakeForms?.length ?? 0, outcome.mainSheet ?? ''), error: false });
      // The forms are shown, as every step shows what it made.
      if (outcome.mainSheet && !hasErrors(outcome.problems)) onSelectCell(outcome.mainSheet, 'A1');
    });
  const read = () =>
    act(async () => {
      const outcome = await ops.intake(null);
      setProblems(outcome.problems);
      if (hasErrors(outcome.problems) || !outcome.intake) return setMessage({ text: t.blocked, error: true });
      setChanges(outcome.intake.changes);
      setForms(outcome.intake.forms);
      setAccepted(new Set(outcome.intake.changes.map((c) => c.id)));
      setMessage(null);
    });
  const apply = () =>
    act(async () => {
      const outcome = await ops.intake([...accepted]);
      setProblems(outcome.problems);
      if (hasErrors(outcome.problems)) return setMessage({ text: t.blocked, error: true });
      setMessage({ text: t.applied(outcome.intake?.applied.length ?? 0), error: false });
      setChanges(null);
      onChanged();
    });
  const toggle = (id: string, on: boolean) => setAccepted((prev) => {
    const next = new Set(prev);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  const warnings = problems.filter((p) => p.severity === 'warning');

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="intake">
      <Text as="p" className={classes.p}>{t.intro}</Text>
      <DateField label={t.date} value={date} onChange={setDate} testId="intake-date" />
      {locations.length > 0 && <Dropdown label={t.location} options={options} selectedKey={loc ?? ALL} onChange={(_, o) => o && setLocation(String(o.key))} data-testid="intake-location" />}
      <ActionBar view="intake" testId="intake-bar">
        <PrimaryButton text={t.makeButton} onClick={make} disabled={disabled} data-testid="kring-intake-forms" />
        <DefaultButton text={t.readButton} onClick={read} disabled={disabled} data-testid="kring-intake-read" />
        {working && <Spinner size={SpinnerSize.small} label={t.working} labelPosition="right" data-testid="intake-working" />}
      </ActionBar>
      <div ref={resultRef} tabIndex={-1} className={classes.focusTarget} data-testid="intake-result" data-round={round}>
      {message && (
        <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} isMultiline data-testid="intake-message">
          {message.text}
        </MessageBar>
      )}
      {warnings.length > 0 && <ProblemList heading={strings.loneliness.warningsHeading(warnings.length)} severity="warning" problems={warnings} onSelectCell={onSelectCell} idPrefix="kring-intake-problems" />}
      {changes && (
        <section data-testid="intake-changes" data-count={changes.length}>
          {changes.length === 0 ? (
            <Text as="p" className={classes.p}>{t.noChanges(forms)}</Text>
          ) : (
            <Stack tokens={{ childrenGap: 8 }}>
              <Text as="p" className={classes.p}>{t.proposed(changes.length)}</Text>
              <ul className={classes.list}>
                {changes.map((c) => (
                  <li key={c.id} data-client={c.client} data-field={c.field}>
                    <Checkbox label={`${names.get(c.client) ?? c.client} (${c.client}): ${changeLine(c, lang)}`} checked={accepted.has(c.id)} onChange={(_, on) => toggle(c.id, !!on)} />
                  </li>
                ))}
              </ul>
              <PrimaryButton text={t.applyButton(accepted.size)} onClick={apply} disabled={disabled || accepted.size === 0} data-testid="kring-intake-apply" />
            </Stack>
          )}
        </section>
      )}
      </div>
      <section data-testid="intake-freshness">
        <Text block as="h3" variant="mediumPlus" styles={{ root: { margin: 0, marginBottom: 6 } }}>{t.freshnessHeading}</Text>
        <ul className={classes.list}>
          {fresh.map((f) => (
            <li key={f.location} data-location={f.location} data-assessed={f.assessed} data-old={f.old}>
              {t.freshness(f.location, f.assessed, f.activeClients, f.old, model.settings.assessmentStaleMonths)}
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
