// Pure helpers over locale files (nested JSON of ICU messages), shared by the build's
// checks, the pseudo-locale generator and the tests.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Tree = { [key: string]: string | Tree };

/** Locale metadata, kept in each file under this key. */
export const META_KEY = '_meta';
export interface LocaleMeta {
  /** The language's name in that language, e.g. "Cymraeg". */
  name: string;
  dir: 'ltr' | 'rtl';
  /** 'draft' until a qualified translator has reviewed it. */
  status: 'source' | 'draft' | 'reviewed';
  /** A development locale, never offered to learners. */
  pseudo?: boolean;
  /** For drafts: "Translation not yet reviewed", in this language. */
  draftNote?: string;
}

/** Every message as "a.b.c" -> text, leaving out the metadata. */
export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    if (!prefix && k === META_KEY) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

export interface MessageShape {
  /** Argument names, e.g. ["count", "total"]. */
  args: string[];
  /** For each plural/select argument, the categories it gives. */
  branches: Record<string, string[]>;
}

export function shapeOf(ast: MessageFormatElement[]): MessageShape {
  const args = new Set<string>();
  const branches: Record<string, string[]> = {};
  const walk = (nodes: MessageFormatElement[]) => {
    for (const n of nodes) {
      if (n.type === TYPE.argument || n.type === TYPE.number || n.type === TYPE.date || n.type === TYPE.time) args.add(n.value);
      if (n.type === TYPE.plural || n.type === TYPE.select) {
        args.add(n.value);
        branches[n.value] = Object.keys(n.options).sort();
        for (const o of Object.values(n.options)) walk(o.value);
      }
      if (n.type === TYPE.tag) walk(n.children);
    }
  };
  walk(ast);
  return { args: [...args].sort(), branches };
}

/** Parses a message; throws with the key in the message when it does not parse. */
export function parseMessage(key: string, text: string): MessageFormatElement[] {
  try {
    return parse(text, { ignoreTag: true });
  } catch (error) {
    throw new Error(`"${key}" does not parse: ${String(error)}`, { cause: error });
  }
}
