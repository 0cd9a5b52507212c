import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PaneActions } from './App';
import { PaneShell } from './PaneShell';
import { browserActions, excelActions } from './office-actions';
import { officeBodyBackground, themeForBackground } from './theme';

function render(actions: PaneActions): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <PaneShell theme={themeForBackground(officeBodyBackground())}>
      <App actions={actions} />
    </PaneShell>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady()
    .then((info) => render(info.host === Office.HostType.Excel ? excelActions : browserActions))
    .catch(() => render(browserActions));
} else {
  // Opened in a plain browser without office.js: render anyway.
  render(browserActions);
}
