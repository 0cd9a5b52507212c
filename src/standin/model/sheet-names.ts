/** Excel's rules for worksheet names: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe. */
export function isValidSheetName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}
