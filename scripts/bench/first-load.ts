// First-load JavaScript of the dashboard, from the build's report (Next 16 prints no sizes but
// writes .next/diagnostics/route-bundle-stats.json: the chunks and their uncompressed bytes),
// gzipped (-9) here. Checked against the scripts the dashboard's HTML really loads; the
// `noModule` polyfills there (which browsers with ES modules skip) are reported on their own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../lib/paths.ts";
import { send, type Endpoint } from "./endpoints.ts";

export interface GzippedFiles {
  files: number;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  js: GzippedFiles & { reportedRaw: number };
  noModulePolyfills: GzippedFiles;
  css: GzippedFiles;
  inlineRscChars: number;
  /** The same in Vietnamese: the page's messages travel in it (only what its client components read). */
  inlineRscCharsVi: number;
}

/** The characters of the RSC payload inlined in a page's HTML (self.__next_f.push(…)). */
const inlineRscOf = (page: string) =>
  [...page.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (n, m) => n + m[1]!.length,
    0,
  );

function gzipFiles(files: string[], read: (file: string) => Buffer): GzippedFiles {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = read(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

/** The build's report for the dashboard (/). */
function dashboardBundleStats(): { firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] } {
  const bundleStats = JSON.parse(
    readFileSync(path.join(repoRoot, ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as {
    route: string;
    firstLoadUncompressedJsBytes: number;
    firstLoadChunkPaths: string[];
  }[];
  const home = bundleStats.find((r) => r.route === "/");
  if (!home) throw new Error('No route "/" in .next/diagnostics/route-bundle-stats.json');
  return home;
}

export async function measureFirstLoad(
  origin: string,
  dashboards: { en: Endpoint; vi: Endpoint },
  log: (line: string) => void,
): Promise<FirstLoad> {
  const dashboardHtml = (await send(origin, dashboards.en.request(0))).body;
  const dashboardHtmlVi = (await send(origin, dashboards.vi.request(0))).body;
  const home = dashboardBundleStats();
  const js = {
    ...gzipFiles(home.firstLoadChunkPaths, (file) => readFileSync(path.join(repoRoot, file))),
    reportedRaw: home.firstLoadUncompressedJsBytes,
  };
  const scriptTags = [...dashboardHtml.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const htmlScripts = new Set(
    scriptTags.filter((m) => !/\snoModule/i.test(m[0])).map((m) => m[1]!.replace(/^\/_next\//, ".next/")),
  );
  const reported = new Set(home.firstLoadChunkPaths);
  const notInReport = [...htmlScripts].filter((f) => !reported.has(f));
  if (notInReport.length > 0)
    log(`Note: the dashboard's HTML loads scripts the build report does not list: ${notInReport.join(", ")}`);
  const fetchBytes = async (files: string[]) =>
    Promise.all(
      files.map(async (file) => [file, Buffer.from(await (await fetch(new URL(file, origin))).arrayBuffer())] as const),
    );
  const noModule = new Map(
    await fetchBytes([...new Set(scriptTags.filter((m) => /\snoModule/i.test(m[0])).map((m) => m[1]!))]),
  );
  const styleBytes = new Map(
    await fetchBytes([
      ...new Set([...dashboardHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
    ]),
  );
  return {
    js,
    noModulePolyfills: gzipFiles([...noModule.keys()], (file) => noModule.get(file)!),
    css: gzipFiles([...styleBytes.keys()], (file) => styleBytes.get(file)!),
    inlineRscChars: inlineRscOf(dashboardHtml),
    inlineRscCharsVi: inlineRscOf(dashboardHtmlVi),
  };
}
