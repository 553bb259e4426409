declare module 'virtual:locale-meta' {
  const metas: (import('./messages').LocaleMeta & { code: string })[];
  export default metas;
}

// Per language code, its parts by name, each a loader of its messages and their compiled
// syntax trees (scripts/locale-chunks-plugin.ts).
declare module 'virtual:locale-catalogues' {
  type Part = () => Promise<{
    messages: Record<string, unknown>;
    trees: Record<string, import('./compiled-messages').MessageFormatElement[]>;
  }>;
  const catalogues: Record<string, Record<string, Part>>;
  export default catalogues;
}
