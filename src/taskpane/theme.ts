import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

/**
 * True when a CSS hex colour (#rgb or #rrggbb) is dark: white text on it
 * contrasts better than black, i.e. its relative luminance is below 0.179.
 */
export function isDarkColour(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!match) return false;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.179;
}

/** The body background colour of Office's current theme, when Office reports one. */
export function officeBodyBackground(): string | undefined {
  try {
    if (typeof Office === 'undefined') return undefined;
    return Office.context?.officeTheme?.bodyBackgroundColor ?? undefined;
  } catch {
    // officeTheme throws on hosts and platforms that do not support it.
    return undefined;
  }
}

/**
 * Office's UI fonts, with the Chinese UI fonts Office uses on each platform
 * (微软雅黑 on Windows, 苹方 on macOS) and common Linux CJK fonts after them.
 */
export const PANE_FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', -apple-system, BlinkMacSystemFont, 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', Roboto, 'Helvetica Neue', sans-serif";

const paneLightTheme: Theme = { ...webLightTheme, fontFamilyBase: PANE_FONT_FAMILY };
const paneDarkTheme: Theme = { ...webDarkTheme, fontFamilyBase: PANE_FONT_FAMILY };

/** The pane's Fluent theme, light or dark. */
export function paneTheme(dark: boolean): Theme {
  return dark ? paneDarkTheme : paneLightTheme;
}

/** Fluent theme matching a body background colour: dark when it is dark, light otherwise. */
export function themeForBackground(background: string | undefined): Theme {
  return paneTheme(isDarkColour(background));
}
