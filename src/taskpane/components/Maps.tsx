import * as React from 'react';
import { ActionBar } from './ActionBar';
import { HintedButton } from './HintedButton';
import { ChoiceGroup, Dropdown, IChoiceGroup, IChoiceGroupOption, IDropdownOption, Label, mergeStyleSets, MessageBar, MessageBarType, SearchBox, Stack, Text } from '@fluentui/react';
import { dateChoice, figuresOf, formatDate, matchClients, MAX_MATCHES, NetworkData, NO_COMPARISON } from '../networks';
import { MapsResult } from '../state';
import { Strings } from '../strings';
import { statusStrings } from '../statusStrings';
import { groupProblems } from '../summary';
import { MapFigures } from './MapFigures';
import { MapPreview } from './MapPreview';
import { ProblemList } from './ProblemList';
import { useLocale } from './Locale';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET } from './styles';

const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  focusTarget: FOCUS_TARGET,
  figure: { margin: 0 },
  caption: { fontWeight: 600, fontSize: 13, margin: '0 0 4px' },
  choices: { selectors: { '.ms-ChoiceField-field': { overflowWrap: 'anywhere' } } },
});

export interface MapsProps {
  networks: NetworkData;
  result: MapsResult | null;
  busy: boolean;
  /** The client's map on exactly these dates (oldest first), or the latest two with null. */
  onMakeMap: (clientId: string, dates: string[] | null) => void;
  onOverview: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Netwerkkaarten: find a client, preview the map and its figures, make the map sheet or the overview. */
export function Maps({ networks, result, busy, onMakeMap, onOverview, onSelectCell }: MapsProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.maps;
  const [query, setQuery] = React.useState('');
  const [clientId, setClientId] = React.useState<string | null>(null);
  // The chosen dates: null until the user picks one (the latest, and the date before it).
  const [toKey, setToKey] = React.useState<string | null>(null);
  const [fromKey, setFromKey] = React.useState<string | null>(null);
  const choices = React.useRef<IChoiceGroup>(null);
  const resultRef = useFocusOnNew(result?.round);

  const matches = React.useMemo(() => matchClients(networks.clients, query), [networks.clients, query]);
  const shown = matches.slice(0, MAX_MATCHES);
  const client = clientId ? (networks.clients.find((c) => c.id === clientId) ?? null) : null;
  const maps = React.useMemo(() => (client ? (networks.maps.get(client.id) ?? []) : []), [client, networks.maps]);
  const choice = React.useMemo(() => dateChoice(maps, toKey, fromKey), [maps, toKey, fromKey]);
  const { dates, to, earlier, from, maps: chosen } = choice;
  const figures = React.useMemo(() => figuresOf(chosen, networks.settings), [chosen, networks.settings]);

  const choose = (id: string) => {
    setClientId(id);
    setToKey(null);
    setFromKey(null);
  };
  const options: IChoiceGroupOption[] = shown.map((c) => ({ key: c.id, text: `${c.name} (${c.id})` }));
  const toOptions: IDropdownOption[] = dates.map((d) => ({ key: d, text: formatDate(d, t.noDate) }));
  const fromOptions: IDropdownOption[] = [{ key: NO_COMPARISON, text: t.noComparison }, ...earlier.map((d) => ({ key: d, text: formatDate(d, t.noDate) }))];
  const matchStatus = shown.length === 0 ? t.noMatch(query.trim()) : matches.length > shown.length ? t.moreMatches(shown.length, matches.length) : '';
  const problems = result ? groupProblems(result.problems) : null;
  const shownMap = chosen[chosen.length - 1];

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="maps">
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      {networks.clients.length === 0 ? (
        <Text as="p" className={classes.p}>
          {t.noClients}
        </Text>
      ) : (
        <Stack tokens={{ childrenGap: 6 }}>
          <div>
            <Label htmlFor="kring-maps-search">{t.search}</Label>
            <SearchBox
              id="kring-maps-search"
              placeholder={t.searchPlaceholder}
              value={query}
              onChange={(_, value) => setQuery(value ?? '')}
              // Enter takes the first match; the arrow down key moves to the list.
              onSearch={() => shown[0] && choose(shown[0].id)}
              onKeyDown={(ev) => {
                if (ev.key === 'ArrowDown' && shown.length) {
                  ev.preventDefault();
                  choices.current?.focus();
                }
              }}
              aria-describedby="kring-maps-match-status"
              // Tab goes on to the list of clients; Escape clears (a Space on the clear button wiped the search).
              clearButtonProps={{ tabIndex: -1, ariaLabel: statusStrings(lang).clearSearch }}
              data-testid="maps-search"
            />
          </div>
          {shown.length > 0 && (
            <ChoiceGroup
              componentRef={choices}
              label={t.clients}
              options={options}
              selectedKey={client && shown.some((c) => c.id === client.id) ? client.id : null}
              onChange={(_, option) => option && choose(String(option.key))}
              className={classes.choices}
              data-testid="maps-clients"
            />
          )}
          <Text as="p" variant="small" role="status" id="kring-maps-match-status" className={classes.p} data-testid="maps-match-status">
            {matchStatus}
          </Text>
        </Stack>
      )}

      <ActionBar view="maps" testId="maps-bar">
        <HintedButton
          primary
          text={t.button}
          hint={t.hint}
          hintId="kring-map-hint"
          icon="Org"
          onClick={() => client && onMakeMap(client.id, choice.request)}
          disabled={busy || !client || maps.length === 0}
          testId="kring-make-map"
        />
        <HintedButton text={t.overview} hint={t.overviewHint} hintId="kring-overview-hint" icon="Table" onClick={onOverview} disabled={busy} testId="kring-overview" />
      </ActionBar>

      {result && (
        <section aria-label={result.kind === 'map' ? t.button : t.overview} data-testid="maps-result">
          <Stack tokens={{ childrenGap: 10 }}>
            <div ref={resultRef} tabIndex={-1} role="status" className={classes.focusTarget} data-testid="maps-verdict" data-blocked={result.blocked} data-round={result.round} data-kind={result.kind}>
              {result.blocked ? (
                <MessageBar messageBarType={MessageBarType.error} isMultiline role="none">
                  {t.blocked(problems!.errors.length)}
                </MessageBar>
              ) : (
                <MessageBar messageBarType={result.overview ? MessageBarType.success : MessageBarType.warning} isMultiline role="none">
                  {verdict(result, t)}
                </MessageBar>
              )}
            </div>
            {problems && problems.errors.length > 0 && (
              <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-maps-problems" />
            )}
            {problems && problems.warnings.length > 0 && (
              <ProblemList heading={t.warningsHeading(problems.warnings.length)} severity="warning" problems={problems.warnings} onSelectCell={onSelectCell} idPrefix="kring-maps-problems" />
            )}
          </Stack>
        </section>
      )}

      {client && (
        <section aria-labelledby="kring-maps-preview-heading" data-testid="maps-preview" data-client={client.id}>
          <Stack tokens={{ childrenGap: 10 }}>
            <Text as="h3" variant="mediumPlus" id="kring-maps-preview-heading" className={classes.heading}>
              {t.previewHeading(`${client.name} (${client.id})`)}
            </Text>
            {maps.length === 0 || !shownMap ? (
              <Text as="p" className={classes.p} data-testid="maps-no-map">
                {t.noMap(`${client.name} (${client.id})`)}
              </Text>
            ) : (
              <>
                {dates.length > 1 && (
                  <Dropdown label={t.fromDate} options={fromOptions} selectedKey={from ?? NO_COMPARISON} onChange={(_, option) => option && setFromKey(String(option.key))} data-testid="maps-from" />
                )}
                {dates.length > 0 && <Dropdown label={t.toDate} options={toOptions} selectedKey={to} onChange={(_, option) => option && setToKey(String(option.key))} data-testid="maps-to" />}
                {/* Two dates: the earlier map too, above the later one, as the sheet shows both. */}
                {chosen.length > 1 && (
                  <figure className={classes.figure}>
                    <figcaption className={classes.caption} data-testid="map-caption-earlier">
                      {t.caption(formatDate(chosen[0].date, t.noDate), chosen[0].contacts.length)}
                    </figcaption>
                    <MapPreview map={chosen[0]} data={networks} testId="map-preview-earlier" />
                  </figure>
                )}
                <figure className={classes.figure}>
                  <figcaption className={classes.caption} data-testid="map-caption">
                    {t.caption(formatDate(shownMap.date, t.noDate), shownMap.contacts.length)}
                  </figcaption>
                  <MapPreview map={shownMap} data={networks} />
                </figure>
                <MapFigures view={figures} settings={networks.settings} />
              </>
            )}
          </Stack>
        </section>
      )}

    </Stack>
  );
}

/** What the command made, in words: the map sheet, or the overview (with the maps the engine drew beside it). */
function verdict(result: MapsResult, t: Strings['maps']): string {
  if (result.kind === 'map' && result.mapSheets.length) return t.made(result.mapSheets[0]);
  return t.overviewMade(result.overview ?? t.overview, result.mapSheets.length);
}
