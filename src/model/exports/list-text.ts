// One unambiguous way to write a list of ids into one attribute or cell (GEXF, GraphML, CSV), and to read it back.

/**
 * A list as text: the items joined with `separator` (`|` in GEXF and GraphML, `; ` in CSV) when that reads back
 * unchanged, else the list as a JSON array. Joined text is ambiguous when an item holds the separator (an id
 * such as `a|b`), is empty or padded with spaces, or when a lone first item starts with `[`; those lists are
 * written as JSON (`["a|b","c\\d"]`), which Gephi shows as one readable string and Python reads with
 * `json.loads`. An empty list is the empty text, so readers get `""` rather than a missing value.
 */
export function listText(items: readonly string[], separator: string): string {
  const mark = separator.trim() || separator;
  const plain = items.every((item) => item !== '' && item === item.trim() && !item.includes(mark));
  return plain && !(items[0] ?? '').startsWith('[') ? items.join(separator) : JSON.stringify(items);
}

/** The list that listText wrote: a JSON array of strings, else the text split on `separator` (items trimmed). */
export function readListText(text: string, separator: string): string[] {
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
    } catch {
      // Not JSON after all: a single plain item that happens to start with `[` is read as text below.
    }
  }
  const mark = separator.trim() || separator;
  return text.split(mark).map((item) => item.trim());
}
