/**
 * Lower case without diacritics, the one folding of Vietnamese and English text: "Nguyễn Dũng" →
 * "nguyen dung". Searches, headings' matching and file names all compare text this way.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** A file-name-safe slug of a Vietnamese or English name: "Trần Thị Bình" → "tran-thi-binh". */
export function fileSlug(name: string): string {
  return withoutDiacritics(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
