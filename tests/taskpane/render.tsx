import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { SSRProvider, webLightTheme } from '@fluentui/react-components';
import { PaneShell } from '../../src/taskpane/PaneShell';
import { StringsContext, stringsFor } from '../../src/taskpane/i18n';
import type { Language } from '../../src/taskpane/i18n';

/** Static markup of a pane element inside the Fluent provider (no DOM needed). */
export function renderPane(element: ReactElement, language: Language = 'zh-CN'): string {
  return renderToStaticMarkup(
    <SSRProvider>
      <PaneShell theme={webLightTheme}>
        <StringsContext.Provider value={stringsFor(language)}>{element}</StringsContext.Provider>
      </PaneShell>
    </SSRProvider>,
  );
}

/** The visible text of static markup: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
