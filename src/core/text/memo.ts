/**
 * Remembers a pure function of a cell's text. Recognisers classify the same
 * header and label texts over and over (every row scan asks again, and every
 * workbook of a batch has the same headers), so each distinct text is worked
 * out once. Results must be immutable values. The memory is bounded: past
 * `limit` texts it starts afresh, so hostile workbooks cannot grow it.
 */
export function memoiseText<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    // V8 keeps a string's hash on the string, so asking again for a grid's text is cheap.
    let out = memo.get(text);
    if (out === undefined && !memo.has(text)) {
      out = fn(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, out);
    }
    return out as T;
  };
}
