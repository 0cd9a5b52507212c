import { standinErrors } from './errors';
import { NAMED_COLORS } from './named-colors';

/**
 * Normalises a colour the way Excel reports it back: "#RRGGBB" in upper case. Accepts "#RRGGBB",
 * "RRGGBB", "#RGB" and CSS colour names ("red", "orange"); anything else is an InvalidArgument.
 */
export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== 'string') throw standinErrors.invalidArgument(location);
  const text = input.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  const hex = text.startsWith('#') ? text.slice(1) : text;
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `#${hex.toUpperCase()}`;
  if (/^[0-9a-fA-F]{3}$/.test(hex)) return `#${[...hex].map((ch) => ch + ch).join('').toUpperCase()}`;
  throw standinErrors.invalidArgument(location);
}
