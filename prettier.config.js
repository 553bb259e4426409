// Kept close to how the code was already written: single quotes and wide lines
// (content-heavy Svelte markup and long, descriptive test names read better unwrapped).
export default {
  singleQuote: true,
  printWidth: 160,
  plugins: ['prettier-plugin-svelte'],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
