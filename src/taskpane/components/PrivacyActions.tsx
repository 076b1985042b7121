import * as React from 'react';
import { ComboBox, DefaultButton, Dialog, DialogFooter, DialogType, IComboBoxOption, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { RunOutcome } from '../../engine/commands';
import { NewWorkbookUnavailable } from '../../engine/hostFeatures';
import { FIRST_NAME_CHECK } from '../../engine/privacy/firstName';
import { hasErrors, Problem } from '../../engine/problems';
import { pick } from '../../engine/i18n';
import { outcomeCounts } from '../../engine/summary';
import type { ErasePreview, Features, KringOps } from '../ops';
import { useLocale } from './Locale';
import { ProblemList } from './ProblemList';
import { FOCUS_TARGET } from './styles';
import { useFocusOnNew } from './useFocusOnNew';

const classes = mergeStyleSets({ focusTarget: FOCUS_TARGET });

export interface PrivacyActionsProps {
  ops: Pick<KringOps, 'access' | 'previewErase' | 'erase' | 'retention'>;
  /** What this Excel supports: without a new workbook (ExcelApi 1.8) access says where to make it. */
  features: Features | null;
  /** The workbook's clients, to pick from (an ID may be typed too). */
  clients: { id: string; name: string }[];
  busy: boolean;
  /** After a change: the pane reads the workbook again. */
  onChanged: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

type Confirm = 'erase' | 'retention' | null;

/** A message the engine worded for the user (an unknown client ID, no new workbook), else `otherwise`. */
function say(e: unknown, lang: 'nl' | 'en', otherwise: string): string {
  const said = e as { say?: (l: 'nl' | 'en') => string };
  return typeof said?.say === 'function' ? said.say(lang) : otherwise;
}

/**
 * Inzage (access: a new workbook with everything about one client), verwijderen (erasure of one
 * client, after a confirmation that names what goes, sheet by sheet) and the retention clean-up,
 * with the result in numbers.
 */
export function PrivacyActions({ ops, features, clients, busy, onChanged, onSelectCell }: PrivacyActionsProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const s = strings.privacy;
  const [typed, setTyped] = React.useState('');
  const options: IComboBoxOption[] = React.useMemo(
    () => clients.map((c) => ({ key: c.id, text: s.clientOption(c.id, c.name) })).sort((a, b) => a.text.localeCompare(b.text, lang)),
    [clients, s, lang],
  );
  // What was typed or picked, as the client it names: an ID, or a picked option's text.
  const chosen = clients.find((c) => [c.id, s.clientOption(c.id, c.name)].some((t) => t.toLowerCase() === typed.trim().toLowerCase()));
  const client = chosen?.id ?? typed.trim();
  const [preview, setPreview] = React.useState<ErasePreview | null>(null);
  const [confirm, setConfirm] = React.useState<Confirm>(null);
  // What is running (its label beside the spinner), or null.
  const [working, setWorking] = React.useState<keyof typeof s.working | null>(null);
  const [message, setMessage] = React.useState<{ text: string; error: boolean } | null>(null);
  // After an erasure: the cells that may still name the client by first name, to look at.
  const [review, setReview] = React.useState<Problem[]>([]);
  // Every finished action (a preview, access, erasure, clean-up) is a new result that takes the focus, as in the other steps.
  const [round, setRound] = React.useState(0);
  const resultRef = useFocusOnNew(round);
  const disabled = busy || working !== null;
  const canOpen = features?.newWorkbook !== false;

  const attempt = async (what: keyof typeof s.working, work: () => Promise<void>, failed = s.failed) => {
    setWorking(what);
    setMessage(null);
    setReview([]);
    try {
      await work();
    } catch (e) {
      setMessage({ text: say(e, lang, failed), error: true });
    } finally {
      setWorking(null);
      setRound((r) => r + 1);
    }
  };
  const done = (outcome: RunOutcome) => {
    const errors = hasErrors(outcome.problems);
    setMessage(errors ? { text: s.blocked, error: true } : { text: outcomeCounts(outcome).map((l) => pick(l, lang)).join(' '), error: false });
    setPreview(null);
    setReview(outcome.problems.filter((p) => p.message === FIRST_NAME_CHECK));
    if (!errors) onChanged();
  };

  const accessed = (outcome: RunOutcome, id: string) => {
    const errors = hasErrors(outcome.problems);
    // The cover sheet is one of the sheets; the rest are the sheets that hold something about the client.
    setMessage(errors ? { text: s.accessBlocked, error: true } : { text: s.accessDone(id, Math.max(0, outcome.sheets.length - 1)), error: false });
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="kring-privacy">
      <Text as="h3" variant="mediumPlus">{s.heading}</Text>
      <Text as="p" variant="small">{s.intro}</Text>
      <ComboBox
        label={s.clientLabel}
        placeholder={s.clientPlaceholder}
        options={options}
        allowFreeform
        autoComplete="on"
        text={typed}
        onInputValueChange={(v) => { setTyped(v); setPreview(null); }}
        onChange={(_e, option, _i, value) => { setTyped(option ? String(option.text) : value ?? ''); setPreview(null); }}
        disabled={disabled}
        data-testid="kring-privacy-client"
      />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {canOpen && (
          <DefaultButton
            text={s.access}
            disabled={disabled || !client}
            onClick={() => attempt('access', async () => accessed(await ops.access(client), client), s.accessFailed)}
            data-testid="kring-privacy-access"
          />
        )}
        <DefaultButton
          text={s.preview}
          disabled={disabled || !client}
          onClick={() => attempt('preview', async () => setPreview(await ops.previewErase(client)))}
          data-testid="kring-privacy-preview"
        />
        <DefaultButton text={s.retention} disabled={disabled} onClick={() => setConfirm('retention')} data-testid="kring-privacy-retention" />
      </Stack>
      <Text variant="small">{s.retentionHint}</Text>
      {working && <Spinner size={SpinnerSize.small} label={s.working[working]} labelPosition="right" data-testid="kring-privacy-working" />}
      <div ref={resultRef} tabIndex={-1} className={classes.focusTarget} data-testid="kring-privacy-outcome">
        {preview && preview.blocked && <MessageBar messageBarType={MessageBarType.warning}>{s.blocked}</MessageBar>}
        {preview && !preview.blocked && (
          <Stack tokens={{ childrenGap: 6 }}>
            <Text variant="small">{s.previewHint}</Text>
            {preview.sheets.length ? (
              <ul data-testid="kring-privacy-lines">
                {preview.sheets.map((l) => <li key={l.sheet}><Text variant="small">{s.line(l.sheet, l.rows, l.cells, l.rebuilt)}</Text></li>)}
              </ul>
            ) : <Text variant="small">{s.nothing}</Text>}
            {preview.firstNames > 0 && <Text variant="small" data-testid="kring-privacy-first-names">{s.firstNames(preview.firstNames)}</Text>}
            <PrimaryButton text={s.erase} disabled={disabled} onClick={() => setConfirm('erase')} data-testid="kring-privacy-erase" />
          </Stack>
        )}
        {message && <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} data-testid="kring-privacy-result">{message.text}</MessageBar>}
        {review.length > 0 && <ProblemList heading={s.reviewHeading} severity="warning" problems={review} onSelectCell={onSelectCell} idPrefix="kring-privacy-review" />}
      </div>
      <Text variant="small" data-testid="kring-privacy-access-hint">{canOpen ? s.accessHint : new NewWorkbookUnavailable('version').say(lang)}</Text>
      <Dialog
        hidden={confirm === null}
        onDismiss={() => setConfirm(null)}
        dialogContentProps={{
          type: DialogType.normal,
          title: confirm === 'erase' ? s.confirmTitle(client, chosen?.name ?? null) : s.retentionTitle,
          subText: confirm === 'erase' ? s.confirmText : s.retentionText,
        }}
        modalProps={{ isBlocking: true }}
      >
        {confirm === 'erase' && preview && (
          <ul>{preview.sheets.map((l) => <li key={l.sheet}><Text variant="small">{s.line(l.sheet, l.rows, l.cells, l.rebuilt)}</Text></li>)}</ul>
        )}
        <DialogFooter>
          <PrimaryButton
            text={s.confirm}
            data-testid="kring-privacy-confirm"
            onClick={() => {
              const what = confirm;
              setConfirm(null);
              void attempt(what === 'erase' ? 'erase' : 'retention', async () => {
                done(what === 'erase' ? await ops.erase(client) : await ops.retention());
                // The erased client is no longer one to pick.
                if (what === 'erase') setTyped('');
              });
            }}
          />
          <DefaultButton text={s.cancel} onClick={() => setConfirm(null)} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
