import * as React from 'react';
import { ActionBar } from './ActionBar';
import { HintedButton } from './HintedButton';
import { ChoiceGroup, Dropdown, getTheme, IChoiceGroupOption, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, Position, SpinButton, Stack, Text, Toggle } from '@fluentui/react';
import { Privacy, Rule, Settings, Weights } from '../../engine/model';
import { SettingsSaved } from '../state';
import { ProblemList } from './ProblemList';
import { useLocale } from './Locale';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET } from './styles';

const theme = getTheme();
const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: '4px 0 0' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 8 },
  list: { margin: '2px 0 0', paddingLeft: 18, fontSize: 13, overflowWrap: 'anywhere' },
  note: { margin: 0, color: theme.palette.neutralSecondary },
  focusTarget: FOCUS_TARGET,
});

const WEIGHTS: (keyof Weights)[] = ['needs', 'interests', 'location', 'availability', 'age', 'priority'];
const RULES: Rule[] = ['required', 'preferred', 'ignored'];
const PRIVACY: Privacy[] = ['names', 'initials', 'ids'];
const AUTO = 'auto';

/** The settings the form compares and saves (the language is saved on its own, at once). */
const same = (a: Settings, b: Settings) => JSON.stringify({ ...a, language: null }) === JSON.stringify({ ...b, language: null });

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (n: number) => void;
  testId: string;
  describedBy?: string;
}

/** A whole number between min and max: typed, or with the arrows and the arrow keys. */
function NumberField({ label, value, min, max, onChange, testId, describedBy }: NumberFieldProps): React.ReactElement {
  const { strings } = useLocale();
  const clamp = (n: number) => Math.max(min, Math.min(max, Math.round(n)));
  return (
    <SpinButton
      label={label}
      labelPosition={Position.top}
      value={String(value)}
      min={min}
      max={max}
      step={1}
      onChange={(_, text) => {
        const n = Number((text ?? '').replace(',', '.'));
        if (text !== undefined && Number.isFinite(n)) onChange(clamp(n));
      }}
      onValidate={(text) => {
        const n = Number(text.replace(',', '.'));
        return String(Number.isFinite(n) ? clamp(n) : value);
      }}
      incrementButtonAriaLabel={`${strings.settings.increase}: ${label}`}
      decrementButtonAriaLabel={`${strings.settings.decrease}: ${label}`}
      inputProps={{ 'data-testid': testId, 'aria-describedby': describedBy } as React.InputHTMLAttributes<HTMLInputElement>}
      styles={{ root: { minWidth: 0 }, spinButtonWrapper: { minWidth: 0, width: '100%' }, label: { overflowWrap: 'anywhere' } }}
    />
  );
}

/** A number field with its explanation under it, which also describes the field to a screen reader. */
function HintedNumberField({ hint, hintId, ...field }: Omit<NumberFieldProps, 'describedBy'> & { hint: string; hintId: string }): React.ReactElement {
  return (
    <>
      <NumberField {...field} describedBy={hintId} />
      <Text as="p" variant="small" id={hintId} className={classes.note}>
        {hint}
      </Text>
    </>
  );
}

export interface SettingsPanelProps {
  /** The settings as last read from the workbook. */
  settings: Settings;
  /** The pane's language choice (null: Office's). */
  language: 'nl' | 'en' | null;
  busy: boolean;
  saved: SettingsSaved | null;
  onSave: (settings: Settings) => void;
  onLanguage: (language: 'nl' | 'en' | null) => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Instellingen: the settings sheet as a form; Opslaan writes it back so colleagues see the same. */
export function SettingsPanel({ settings, language, busy, saved, onSave, onLanguage, onSelectCell }: SettingsPanelProps): React.ReactElement {
  const { strings } = useLocale();
  const t = strings.settings;
  const [draft, setDraft] = React.useState<Settings>(settings);
  const base = React.useRef(settings);
  const savedRef = useFocusOnNew(saved?.round);
  // New settings from the workbook replace the form, unless the user has changes of their own.
  React.useEffect(() => {
    setDraft((d) => (same(d, base.current) ? settings : d));
    base.current = settings;
  }, [settings]);
  const dirty = !same(draft, settings);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const total = WEIGHTS.reduce((sum, k) => sum + draft.weights[k], 0);
  const ruleOptions: IDropdownOption[] = RULES.map((r) => ({ key: r, text: t.rules[r] }));
  const privacyOptions: IChoiceGroupOption[] = PRIVACY.map((p) => ({ key: p, text: t.privacyChoices[p] }));
  const languageOptions: IChoiceGroupOption[] = [
    { key: AUTO, text: t.languages.auto },
    { key: 'nl', text: t.languages.nl, lang: 'nl' } as IChoiceGroupOption,
    { key: 'en', text: t.languages.en, lang: 'en' } as IChoiceGroupOption,
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="settings">
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      {/* Saving at the top, in view: the language is saved at once, everything else with Opslaan. */}
      <ActionBar view="settings" testId="settings-bar">
        <HintedButton primary text={t.save} hint={t.saveHint} hintId="kring-save-hint" icon="Save" onClick={() => onSave({ ...draft, language })} disabled={busy} testId="kring-save-settings" />
      </ActionBar>
      {saved && (
        <section aria-label={t.save} data-testid="settings-saved">
          <div ref={savedRef} tabIndex={-1} role="status" className={classes.focusTarget} data-round={saved.round} data-sheet={saved.sheet ?? ''}>
            <MessageBar messageBarType={saved.warnings.length ? MessageBarType.warning : MessageBarType.success} isMultiline role="none">
              {t.saved(saved.sheet ?? strings.nav.settings)}
              {saved.warnings.length > 0 && ` ${t.notSaved(saved.warnings.length)}`}
            </MessageBar>
          </div>
          {saved.warnings.length > 0 && (
            <ProblemList heading={strings.check.warningsHeading(saved.warnings.length)} severity="warning" problems={saved.warnings} onSelectCell={onSelectCell} idPrefix="kring-settings-problems" />
          )}
        </section>
      )}

      <ChoiceGroup
        label={t.language}
        options={languageOptions}
        selectedKey={language ?? AUTO}
        onChange={(_, o) => o && onLanguage(o.key === AUTO ? null : (o.key as 'nl' | 'en'))}
        disabled={busy}
        aria-describedby="kring-language-hint"
        data-testid="settings-language"
      />
      <Text as="p" variant="small" id="kring-language-hint" className={classes.note}>
        {t.languageHint}
      </Text>

      <section aria-labelledby="kring-weights-heading">
        <Text block as="h3" variant="mediumPlus" id="kring-weights-heading" className={classes.heading}>
          {t.weightsHeading}
        </Text>
        <Text block as="p" variant="small" id="kring-weights-hint" className={classes.note} styles={{ root: { marginBottom: 6 } }} data-testid="weights-total">
          {t.weightsHint(total)}
        </Text>
        <div className={classes.grid}>
          {WEIGHTS.map((key) => (
            <NumberField
              key={key}
              label={t.weights[key]}
              value={draft.weights[key]}
              min={0}
              max={100}
              onChange={(n) => setDraft((d) => ({ ...d, weights: { ...d.weights, [key]: n } }))}
              testId={`weight-${key}`}
              describedBy="kring-weights-hint"
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="kring-rules-heading">
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h3" variant="mediumPlus" id="kring-rules-heading" className={classes.heading}>
            {t.rulesHeading}
          </Text>
          <Dropdown label={t.locationRule} options={ruleOptions} selectedKey={draft.locationRule} onChange={(_, o) => o && set('locationRule', o.key as Rule)} data-testid="rule-location" />
          <Dropdown
            label={t.availabilityRule}
            options={ruleOptions}
            selectedKey={draft.availabilityRule}
            onChange={(_, o) => o && set('availabilityRule', o.key as Rule)}
            data-testid="rule-availability"
          />
          <Toggle label={t.onlyUnpaired} checked={draft.onlyUnpairedClients} onText={t.on} offText={t.off} onChange={(_, on) => set('onlyUnpairedClients', Boolean(on))} data-testid="only-unpaired" />
          <Toggle label={t.safetyBlocks} checked={draft.safetyBlocks} onText={t.on} offText={t.safetyFlagOnly} onChange={(_, on) => set('safetyBlocks', Boolean(on))} data-testid="safety-blocks" />
          <HintedNumberField label={t.smallNetwork} value={draft.smallNetwork} min={0} max={100} onChange={(n) => set('smallNetwork', n)} testId="small-network" hint={t.smallNetworkHint} hintId="kring-small-hint" />
          <HintedNumberField
            label={t.overdueWeeks}
            value={draft.evaluationOverdueWeeks}
            min={1}
            max={104}
            onChange={(n) => set('evaluationOverdueWeeks', n)}
            testId="overdue-weeks"
            hint={t.overdueWeeksHint}
            hintId="kring-overdue-hint"
          />
          <HintedNumberField
            label={t.staleMonths}
            value={draft.assessmentStaleMonths}
            min={1}
            max={120}
            onChange={(n) => set('assessmentStaleMonths', n)}
            testId="stale-months"
            hint={t.staleMonthsHint}
            hintId="kring-stale-hint"
          />
          {/* No period is kept as an empty setting; the field shows it as 0. */}
          <HintedNumberField
            label={t.retention}
            value={draft.retentionYears ?? 0}
            min={0}
            max={100}
            onChange={(n) => set('retentionYears', n === 0 ? null : n)}
            testId="retention-years"
            hint={t.retentionHint}
            hintId="kring-retention-hint"
          />
        </Stack>
      </section>

      <ChoiceGroup
        label={t.privacy}
        options={privacyOptions}
        selectedKey={draft.privacy}
        onChange={(_, o) => o && set('privacy', o.key as Privacy)}
        aria-describedby="kring-privacy-hint"
        data-testid="settings-privacy"
      />
      <Text as="p" variant="small" id="kring-privacy-hint" className={classes.note}>
        {t.privacyHint}
      </Text>

      <section aria-labelledby="kring-map-settings-heading" data-testid="settings-lists">
        <Text block as="h3" variant="mediumPlus" id="kring-map-settings-heading" className={classes.heading}>
          {t.mapHeading}
        </Text>
        <Text block as="h4" variant="medium" id="kring-sectors-heading" styles={{ root: { margin: '6px 0 0', fontWeight: 600 } }}>
          {t.sectors}
        </Text>
        <ul className={classes.list} aria-labelledby="kring-sectors-heading">
          {settings.sectors.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <Text block as="h4" variant="medium" id="kring-rings-heading" styles={{ root: { margin: '6px 0 0', fontWeight: 600 } }}>
          {t.rings}
        </Text>
        <ol className={classes.list} aria-labelledby="kring-rings-heading">
          {settings.rings.map((r) => (
            <li key={r.number}>{r.label}</li>
          ))}
        </ol>
        <Text block as="p" variant="small" className={classes.note} styles={{ root: { marginTop: 6 } }}>
          {t.listsNote}
        </Text>
      </section>

      {dirty && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="settings-unsaved">
          {t.unsaved}
        </MessageBar>
      )}
    </Stack>
  );
}
