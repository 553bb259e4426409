// The browser build's stand-in for @formatjs/icu-messageformat-parser (about 7 KB
// gzipped with its number-skeleton parser). The build compiles every locale message
// with ICU syntax to its syntax tree (scripts/locale-chunks-plugin.ts), and the chunks
// register them here as they load; intl-messageformat then "parses" by looking the text
// up. vite.config.ts points intl-messageformat's import of the parser at this file for
// the production build only; elsewhere the real parser runs and this table is unused.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/no-parser.js';

// Everything intl-messageformat needs besides `parse`: the node types and type guards.
export * from '@formatjs/icu-messageformat-parser/lib/no-parser.js';

const compiled = new Map<string, MessageFormatElement[]>();

/** Registers the syntax trees of a locale chunk, by message text. */
export function addCompiled(trees: Record<string, MessageFormatElement[]>): void {
  for (const [text, tree] of Object.entries(trees)) compiled.set(text, tree);
}

/** A message with no tree has no ICU syntax: it is its own text. */
export function parse(message: string): MessageFormatElement[] {
  return compiled.get(message) ?? [{ type: TYPE.literal, value: message }];
}
