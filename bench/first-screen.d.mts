// Types for bench/first-screen.mjs (a plain ES module, so bench/run.mjs runs in Node
// without a build step), used by tests/unit/budgets.test.ts.

export interface FileSize {
  /** `/`-separated, relative to the web folder. */
  path: string;
  raw: number;
  gz: number;
}

export interface Bundle {
  files: FileSize[];
  raw: number;
  gz: number;
}

export interface LazyChunk extends Bundle {
  /** File name of the chunk a dynamic import loads. */
  name: string;
}

export interface LocalePart extends Bundle {
  code: string;
  /** `shell` (start-up strings) or a module id. */
  part: string;
}

export interface BuildAnalysis {
  /** index.html and what its markup names: all a browser loads before painting the start screen. */
  beforePaint: Bundle;
  /** index.html and what it loads, with every static import. */
  base: Bundle;
  /** By locale code: the base plus that language's start-up strings. */
  firstScreen: Record<string, Bundle>;
  /** The in-page LMS of the standalone course (scorm-again), beyond the first screen. */
  standaloneLms: Bundle | null;
  /** Every other dynamically imported chunk (modules, views, features), with its CSS. */
  modules: LazyChunk[];
  localeParts: LocalePart[];
  /** Locales whose start-up strings are inside the entry (no shell chunk). */
  bundledShell: string[];
  all: Bundle;
}

export function gzipSize(bytes: Uint8Array): number;
export function sizeOf(webDir: string, path: string): FileSize;
export function bundleOf(webDir: string, paths: string[]): Bundle;
export function allFiles(webDir: string): string[];
export function htmlAssets(webDir: string, html?: string): string[];
export function deferredScripts(webDir: string, html?: string): string[];
export function beforePaint(webDir: string, html?: string): Bundle;
export function staticClosure(webDir: string, paths: string[]): string[];
export function dynamicImports(webDir: string, paths: string[]): Map<string, string[]>;
export function localeChunk(path: string, codes: string[]): { code: string; part: string; whole?: boolean } | null;
export function analyseBuild(webDir: string, options: { locales: string[]; defaultLocale: string }): BuildAnalysis;
export function sourceLocales(localesDir: string): string[];
export function kb(bytes: number): string;
export function repoRoot(): string;
