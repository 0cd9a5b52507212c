import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Finding } from '../core/model/finding';
import type { IndicatorKind } from '../core/binding/types';
import { StringsContext, stringsFor, useStrings } from './i18n';
import type { Language } from './i18n';
import type { PaneSession, PaneTable } from './session';
import { allFindings } from './state/findings';
import { usePaneState } from './state/usePaneState';
import { useSessionCommand } from './state/useSessionCommand';
import { ActionsBar } from './views/ActionsBar';
import type { PaneCommands } from './views/ActionsBar';
import { FindingsView } from './views/FindingsView';
import { MoreMenu } from './views/MoreMenu';
import { PaneHeader } from './views/PaneHeader';
import { RecogniseView } from './views/RecogniseView';
import { ScanProgress } from './views/ScanProgress';
import { ScoresView } from './views/ScoresView';
import { StatusLine } from './views/StatusLine';

export type PaneTab = 'recognise' | 'findings' | 'scores';
export const PANE_TABS: readonly PaneTab[] = ['recognise', 'findings', 'scores'];

export interface AppProps {
  session: PaneSession;
  /** The pane's language (Office's display language in Excel). */
  language?: Language;
  /** Scan the workbook when the pane opens and nothing was scanned yet (default true). */
  autoScan?: boolean;
  /** The tab shown first (default 识别). */
  initialTab?: PaneTab;
  /** Draw the score chart (default true; static renders in tests leave it out). */
  chart?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tabBadge: { marginLeft: tokens.spacingHorizontalXS },
  panel: { flexGrow: 1, minWidth: 0 },
});

/** The task pane: header, actions, progress, the three views and a status line. Renders whatever the session reports. */
export function App({ session, language = 'zh-CN', autoScan = true, initialTab = 'recognise', chart = true }: AppProps) {
  return (
    <StringsContext.Provider value={stringsFor(language)}>
      <Pane session={session} autoScan={autoScan} initialTab={initialTab} chart={chart} />
    </StringsContext.Provider>
  );
}

function Pane({ session, autoScan, initialTab, chart }: { session: PaneSession; autoScan: boolean; initialTab: PaneTab; chart: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const state = usePaneState(session);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run, clearError } = useSessionCommand();
  const scanController = useRef<AbortController | null>(null);
  const findings = useMemo(() => allFindings(state.tables), [state.tables]);

  const scan = () => {
    scanController.current?.abort();
    const controller = new AbortController();
    scanController.current = controller;
    setNotice(null);
    void run('scan', () => session.scan(controller.signal));
  };
  const cancelScan = () => scanController.current?.abort();

  useEffect(() => {
    if (autoScan && session.getState().status === 'idle') scan();
    return () => scanController.current?.abort();
    // Once per session: the pane scans when it opens.
  }, [session]);

  const commands: PaneCommands = {
    recalculate: scan,
    toggleHighlights: () => void run('highlights', () => (state.highlightsOn ? session.clearHighlights() : session.showHighlights())),
    insertSummary: () =>
      void run('summary', async () => {
        const name = await session.insertSummary();
        setNotice(s.status.summaryInserted(name));
      }),
    fillComputed: () => void run('fill', () => session.fillComputed()),
    undo: () => void run('undo', () => session.undoLastWrite()),
    setMode: (mode) => void run('mode', () => session.setMode(mode)),
    setProfile: (id) => void run('profile', () => session.setProfile(id)),
  };
  const select = (sheet: string, address: string) => void run('select', () => session.select(sheet, address));
  const selectFinding = (finding: Finding) => select(finding.sheet, finding.cell);
  const setKind = (table: PaneTable, row: number, kind: IndicatorKind | null) =>
    void run('kind', () => session.setIndicatorKind(table.id, row, kind));
  const rebind = (table: PaneTable, role: string, row: number | null, address: string) =>
    run('rebind', () => session.rebindCell(table.id, role, row, address));

  // A notice of the pane's own (汇总表 inserted) gives way to the session's next message.
  useEffect(() => setNotice(null), [state.message]);

  const failure = error ?? (state.status === 'error' ? state.error : null);
  const errorCount = findings.filter((f) => f.severity === 'error').length;

  return (
    <main className={styles.root} data-testid="pane" data-status={state.status} aria-busy={state.status === 'scanning'}>
      <PaneHeader state={state} findingCount={findings.length} menu={<MoreMenu state={state} onFill={commands.fillComputed} onUndo={commands.undo} />} />
      <ActionsBar state={state} busy={busy} commands={commands} />
      {state.status === 'scanning' && <ScanProgress progress={state.progress} onCancel={cancelScan} />}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{s.status.error(failure)}</MessageBarBody>
          {error && (
            <MessageBarActions
              containerAction={<Button appearance="transparent" size="small" aria-label={s.status.dismiss} icon={<DismissRegular />} onClick={clearError} />}
            />
          )}
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as PaneTab)}
        aria-label={s.tabsLabel}
      >
        {PANE_TABS.map((value) => (
          <Tab key={value} value={value} id={`pane-tab-${value}`} aria-controls="pane-panel">
            {s.tabs[value]}
            {value === 'findings' && findings.length > 0 && (
              <Badge
                className={styles.tabBadge}
                size="small"
                appearance={errorCount > 0 ? 'filled' : 'tint'}
                color={errorCount > 0 ? 'danger' : 'warning'}
                data-testid="findings-badge"
              >
                {findings.length}
              </Badge>
            )}
          </Tab>
        ))}
      </TabList>
      <section className={styles.panel} id="pane-panel" role="tabpanel" aria-labelledby={`pane-tab-${tab}`} data-view={tab}>
        {state.tables.length === 0 && state.status !== 'ready' ? null : tab === 'recognise' ? (
          <RecogniseView tables={state.tables} onSelect={select} onKind={setKind} onRebind={rebind} />
        ) : tab === 'findings' ? (
          <FindingsView tables={state.tables} onSelect={selectFinding} />
        ) : (
          <ScoresView tables={state.tables} chart={chart} />
        )}
      </section>
      <StatusLine message={notice ?? state.message} />
    </main>
  );
}
