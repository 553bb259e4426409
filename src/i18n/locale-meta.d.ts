declare module 'virtual:locale-meta' {
  const metas: (import('./messages').LocaleMeta & { code: string })[];
  export default metas;
}
