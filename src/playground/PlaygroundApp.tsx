import { useEffect, useMemo, useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createExcelSession } from '../excel/session';
import { createStandin } from '../standin';
import type { StandinHost, StandinWorkbookData } from '../standin';
import { App } from '../taskpane/App';
import { PaneShell } from '../taskpane/PaneShell';
import { paneTheme } from '../taskpane/theme';
import { StringsContext, languageFromTag, stringsFor } from '../taskpane/i18n';
import type { Language } from '../taskpane/i18n';
import type { PaneSession } from '../taskpane/session';
import { usePaneState } from '../taskpane/state/usePaneState';
import { Playground } from './Playground';
import { PlaygroundBar } from './PlaygroundBar';
import { SAMPLE_COLUMN_WIDTHS, SAMPLE_SHEET, sampleWorkbook } from './sample';
import { SheetGrid } from './SheetGrid';

interface Loaded {
  id: number;
  source: string;
  host: StandinHost;
  session: PaneSession;
  columnWidths: Record<string, Record<string, number>>;
}

let loads = 0;

/** A stand-in Excel holding `data`, and the real adapter over it: the pane runs exactly as in Excel. */
function open(data: StandinWorkbookData, source: string, columnWidths: Loaded['columnWidths']): Loaded {
  // ?latency=200 makes every round trip to the simulated Excel slow, as Excel on the web can be.
  const latencyMs = Number(new URLSearchParams(window.location.search).get('latency')) || 0;
  const standin = createStandin(data, { latencyMs });
  const session = createExcelSession({
    Excel: standin.Excel as unknown as typeof Excel,
    Office: standin.Office as unknown as typeof Office,
  });
  loads += 1;
  return { id: loads, source, host: standin.host, session, columnWidths };
}

function openSample(): Loaded {
  return open(sampleWorkbook(), `001 岳阳 ${SAMPLE_SHEET}`, { [SAMPLE_SHEET]: SAMPLE_COLUMN_WIDTHS });
}

declare global {
  interface Window {
    /** Set by the playground for the browser tests: the stand-in's host and when the pane was first ready. */
    jixiaoPlayground?: { host: StandinHost; readyMs: number | null; loads: number };
  }
}

/** Records when the pane first shows a recognised workbook (time to interactive, for the e2e and the bench). */
function useReadyMark(session: PaneSession, loaded: Loaded): void {
  const state = usePaneState(session);
  const ready = state.status === 'ready' && state.tables.length > 0;
  useEffect(() => {
    window.jixiaoPlayground = { host: loaded.host, readyMs: null, loads: loaded.id };
  }, [loaded]);
  useEffect(() => {
    if (!ready || !window.jixiaoPlayground || window.jixiaoPlayground.readyMs !== null) return;
    const playground = window.jixiaoPlayground;
    requestAnimationFrame(() => {
      playground.readyMs = performance.now();
      performance.mark('jixiao-pane-ready');
    });
  }, [ready]);
}

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return languageFromTag(fromUrl ?? navigator.language);
}

export function PlaygroundApp() {
  const [loaded, setLoaded] = useState<Loaded>(openSample);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [dark, setDark] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const strings = stringsFor(language);
  useReadyMark(loaded.session, loaded);
  useEffect(() => () => loaded.session.dispose(), [loaded]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const readFile = async (file: File) => {
    setLoadError(null);
    try {
      const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ './xlsx-reader');
      const { data, columnWidths } = await readXlsx(await file.arrayBuffer());
      setLoaded(open(data, file.name, columnWidths));
    } catch (error) {
      setLoadError(strings.playground.loadFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  const pane = useMemo(
    () => <App key={`${loaded.id}`} session={loaded.session} language={language} />,
    [loaded, language],
  );

  return (
    <PaneShell theme={paneTheme(dark)}>
      <StringsContext.Provider value={strings}>
        <Playground
          sheetLabel={strings.playground.sheetTabs}
          paneLabel={strings.appTitle}
          bar={
            <>
              <PlaygroundBar
                source={loaded.source}
                language={language}
                dark={dark}
                onSample={() => {
                  setLoadError(null);
                  setLoaded(openSample());
                }}
                onFile={(file) => void readFile(file)}
                onLanguage={setLanguage}
                onDark={setDark}
              />
              {loadError && (
                <MessageBar intent="error">
                  <MessageBarBody>{loadError}</MessageBarBody>
                </MessageBar>
              )}
            </>
          }
          sheet={<SheetGrid key={loaded.id} host={loaded.host} columnWidths={loaded.columnWidths} />}
          pane={pane}
        />
      </StringsContext.Provider>
    </PaneShell>
  );
}
