import { createRoot } from 'react-dom/client';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import type { PaneActions } from '../taskpane/App';
import { PaneShell } from '../taskpane/PaneShell';
import { Playground } from './Playground';

/** Placeholder until the in-memory Excel stand-in is connected. */
const playgroundActions: PaneActions = {
  recognise: async () => '试验台尚未接入工作表模拟，识别功能将在后续版本提供。',
};

const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root element');
createRoot(container).render(
  <PaneShell theme={webLightTheme}>
    <Playground pane={<App actions={playgroundActions} />} />
  </PaneShell>,
);
