// Uploaded files -> the worklog pages in them, with a clear reason for each file that cannot be
// used. Zips are listed before anything is unpacked, so a zip bomb, thousands of entries or a path
// that climbs out of its folder is refused without inflating a byte. Nothing is written to disk.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { say } from "@/lib/i18n/said";
import { IMPORT_LIMITS, sizeInWords } from "@/lib/schemas/import";

export interface UploadedFile {
  /** The file's name as uploaded (or its path under the folder the command line was given). */
  name: string;
  bytes: Uint8Array;
}

/** A page found in an upload: its text, or why it is not used. `name` is what the intern sees. */
export type UploadedPage =
  | { name: string; path: string; text: string }
  | { name: string; path?: string; error: string }
  | { name: string; path?: string; ignored: string };

const PAGE = /\.(md|markdown)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const PAGE_TOO_LARGE = () => say("importProblems.upload.pageTooLarge", { limit: sizeInWords(IMPORT_LIMITS.pageBytes) });

export function readUploads(files: UploadedFile[]): UploadedPage[] {
  const pages = files.flatMap((file) => (isZip(file) ? readZip(file) : [readPage(file)]));
  const usable = pages.filter((page) => "text" in page).length;
  if (usable > IMPORT_LIMITS.files) {
    return [
      {
        name: files.length === 1 ? files[0]!.name : say("importProblems.upload.theseFiles"),
        error: say("importProblems.upload.tooManyPages", { count: usable, max: IMPORT_LIMITS.files }),
      },
    ];
  }
  return pages;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function isZip(file: UploadedFile): boolean {
  return /\.zip$/i.test(file.name) || startsWith(file.bytes, ZIP_MAGIC) || startsWith(file.bytes, EMPTY_ZIP_MAGIC);
}

function readPage(file: UploadedFile): UploadedPage {
  if (!PAGE.test(file.name)) {
    return { name: file.name, error: say("importProblems.upload.notMarkdown") };
  }
  return decodePage(file.name, file.name, file.bytes);
}

function decodePage(name: string, path: string, bytes: Uint8Array): UploadedPage {
  if (bytes.length > IMPORT_LIMITS.pageBytes) {
    return { name, path, error: PAGE_TOO_LARGE() };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { name, path, error: say("importProblems.upload.notUtf8") };
  }
  if (text.includes("\0")) return { name, path, error: say("importProblems.upload.binary") };
  return { name, path, text };
}

class TooManyEntries extends Error {}

/** Zip entry names as written, with Windows separators read as folders. */
function normalisedPath(name: string): string {
  return name.replaceAll("\\", "/");
}

/** Absolute, drive-letter or "../" paths would land outside the folder the zip is unpacked into. */
function escapesFolder(path: string): boolean {
  return (
    path.includes("\0") ||
    path.startsWith("/") ||
    /^[a-z]:/i.test(path) ||
    path.split("/").some((part) => part === "..")
  );
}

/** Why a zip as a whole is refused: its one line in the files report. */
class ZipRefused extends Error {}

function readZip(file: UploadedFile): UploadedPage[] {
  try {
    if (file.bytes.length > IMPORT_LIMITS.uploadBytes) {
      throw new ZipRefused(say("importProblems.zip.tooLarge", { limit: sizeInWords(IMPORT_LIMITS.uploadBytes) }));
    }
    const files = listZipFiles(file);
    const { candidates, ignoredCount } = worklogPagesOf(files);
    const { pages, selected } = choosePages(file, candidates);
    pages.push(...unpackPages(file, selected));
    pages.sort((a, b) => (a.path ?? a.name).localeCompare(b.path ?? b.name, "en", { numeric: true }));
    if (ignoredCount > 0) {
      pages.push({
        name: file.name,
        ignored: say("importProblems.zip.ignored", { count: ignoredCount }),
      });
    }
    return pages;
  } catch (error) {
    if (error instanceof ZipRefused) return [{ name: file.name, error: error.message }];
    throw error;
  }
}

/** First pass: the zip's files, from its entries' headers (the filter unpacks none). */
function listZipFiles(file: UploadedFile): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(file.bytes, {
      filter: (entry) => {
        entries.push(entry);
        if (entries.length > IMPORT_LIMITS.zipEntries) throw new TooManyEntries();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) {
      throw new ZipRefused(
        say("importProblems.zip.tooManyEntries", { max: IMPORT_LIMITS.zipEntries, files: IMPORT_LIMITS.files }),
      );
    }
    throw new ZipRefused(say("importProblems.zip.unreadable"));
  }
  const unsafe = entries.find((entry) => escapesFolder(normalisedPath(entry.name)));
  if (unsafe) {
    throw new ZipRefused(say("importProblems.zip.outside", { path: unsafe.name.slice(0, 80) }));
  }
  const files = entries.filter((entry) => !normalisedPath(entry.name).endsWith("/"));
  if (files.length > IMPORT_LIMITS.files) {
    throw new ZipRefused(say("importProblems.zip.tooManyFiles", { count: files.length, max: IMPORT_LIMITS.files }));
  }
  return files;
}

/** The Markdown pages that can be weeks: a whole site or content/ folder has them in its worklog section. */
function worklogPagesOf(files: UnzipFileInfo[]): { candidates: UnzipFileInfo[]; ignoredCount: number } {
  const junk = (path: string) => path.startsWith("__MACOSX/") || /(^|\/)\._/.test(path);
  const markdown = files.filter((entry) => PAGE.test(entry.name) && !junk(normalisedPath(entry.name)));
  const inWorklog = markdown.filter((entry) => folderParts(entry).some((part) => /worklog/i.test(part)));
  const candidates = inWorklog.length > 0 ? inWorklog : markdown;
  if (candidates.length === 0) {
    throw new ZipRefused(say("importProblems.zip.noPages"));
  }
  return { candidates, ignoredCount: files.length - candidates.length };
}

/** The section's own page and oversized pages are reported; the rest are selected for unpacking. */
function choosePages(file: UploadedFile, candidates: UnzipFileInfo[]) {
  const folders = candidates.map((entry) => folderParts(entry).join("/"));
  const pages: UploadedPage[] = [];
  const selected: UnzipFileInfo[] = [];
  for (const entry of candidates) {
    const path = normalisedPath(entry.name);
    const name = `${file.name}: ${path}`;
    const folder = folderParts(entry).join("/");
    const hasSubPages = folders.some((other) => other !== folder && (folder === "" || other.startsWith(`${folder}/`)));
    if (/^_index(\.[a-z]{2})?\.(md|markdown)$/i.test(baseName(path)) && hasSubPages) {
      // content/1-Worklog/_index.md: the section's own page (a list of weeks), not a week.
      pages.push({ name, path, ignored: say("importProblems.zip.sectionPage") });
    } else if (entry.originalSize > IMPORT_LIMITS.pageBytes) {
      pages.push({ name, path, error: PAGE_TOO_LARGE() });
    } else {
      selected.push(entry);
    }
  }
  const unpacked = selected.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (unpacked > IMPORT_LIMITS.uploadBytes) {
    throw new ZipRefused(say("importProblems.zip.unpacksTooLarge", { limit: sizeInWords(IMPORT_LIMITS.uploadBytes) }));
  }
  return { pages, selected };
}

/** Second pass: unpack only the chosen pages; fflate sizes each output by the size checked above. */
function unpackPages(file: UploadedFile, selected: UnzipFileInfo[]): UploadedPage[] {
  const wanted = new Set(selected.map((entry) => entry.name));
  let contents: Record<string, Uint8Array>;
  try {
    contents = unzipSync(file.bytes, { filter: (entry) => wanted.has(entry.name) });
  } catch {
    throw new ZipRefused(say("importProblems.zip.compression"));
  }
  return selected.map((entry) => {
    const path = normalisedPath(entry.name);
    return decodePage(`${file.name}: ${path}`, path, contents[entry.name] ?? new Uint8Array());
  });
}

function folderParts(entry: UnzipFileInfo): string[] {
  return normalisedPath(entry.name).split("/").slice(0, -1).filter(Boolean);
}

export function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}
