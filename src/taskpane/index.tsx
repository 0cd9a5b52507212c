import { createRoot } from 'react-dom/client';
import { createExcelSession } from '../excel/session';
import { App } from './App';
import { languageFromTag, officeDisplayLanguage } from './i18n';
import { PaneShell } from './PaneShell';
import { officeBodyBackground, themeForBackground } from './theme';

/**
 * The task pane in Excel: once Office is ready, the adapter over Office.js
 * feeds the pane, in Office's display language and theme.
 */
function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const language = languageFromTag(officeDisplayLanguage() ?? navigator.language);
  document.documentElement.lang = language;
  const session = createExcelSession({ Excel, Office });
  createRoot(container).render(
    <PaneShell theme={themeForBackground(officeBodyBackground())}>
      <App session={session} language={language} />
    </PaneShell>,
  );
  window.addEventListener('pagehide', () => session.dispose());
}

function renderOutsideExcel(message: string): void {
  const container = document.getElementById('root');
  if (container) container.textContent = message;
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then((info) => {
    if (info.host === Office.HostType.Excel) render();
    else renderOutsideExcel('绩效表格助手只能在 Excel 中运行。请在 Excel 里打开本加载项，或打开 playground.html 试验台。');
  });
} else {
  renderOutsideExcel('绩效表格助手只能在 Excel 中运行（未能加载 office.js）。');
}
