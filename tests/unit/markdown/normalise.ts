/**
 * Compares pages modulo what the exporter does not try to reproduce: trailing spaces, the
 * padding inside table rows and the number of dashes in a table's delimiter row.
 */
export function normalisePage(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => {
      const trimmed = line.replace(/[ \t]+$/, "");
      if (!trimmed.startsWith("|")) return trimmed;
      const row = trimmed.replace(/[ \t]*\|[ \t]*/g, "|");
      return /^[|:\- ]+$/.test(row) ? row.replace(/-+/g, "---") : row;
    })
    .join("\n");
}
