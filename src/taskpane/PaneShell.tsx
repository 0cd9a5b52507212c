import type { ReactNode } from 'react';
import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

// Page-level rules, inserted the same CSP-safe way as Fluent's own styles.
const usePageStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0 },
});

/** Fluent provider plus page rules; the root of both the task pane and the playground. */
export function PaneShell({ theme, children }: { theme: Theme; children: ReactNode }) {
  usePageStyles();
  return <FluentProvider theme={theme}>{children}</FluentProvider>;
}
