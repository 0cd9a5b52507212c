import { createContext, useContext } from 'react';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { PaneStrings } from './zh-CN';

export type { PaneStrings };
export type Language = 'zh-CN' | 'en';

export const LANGUAGES: ReadonlyArray<{ id: Language; name: string }> = [
  { id: 'zh-CN', name: '中文' },
  { id: 'en', name: 'English' },
];

const DICTIONARIES: Record<Language, PaneStrings> = { 'zh-CN': zhCN, en };

export function stringsFor(language: Language): PaneStrings {
  return DICTIONARIES[language];
}

/**
 * The pane's language from a BCP 47 tag (Office.context.displayLanguage, or
 * navigator.language in the playground): Chinese for any zh tag and when the
 * tag is missing, English for every other language.
 */
export function languageFromTag(tag: string | null | undefined): Language {
  const t = (tag ?? '').trim().toLowerCase();
  if (!t || t.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/** Office's display language, when Office reports one. */
export function officeDisplayLanguage(): string | undefined {
  try {
    if (typeof Office === 'undefined') return undefined;
    return Office.context?.displayLanguage ?? undefined;
  } catch {
    return undefined;
  }
}

export const StringsContext = createContext<PaneStrings>(zhCN);

/** The strings of the pane's current language. */
export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
