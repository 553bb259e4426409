// Vitest 5 uses a few built-ins that Node 20 lacks. Without them its reporter crashes
// when a test fails ("Map.groupBy is not a function") and hides the real error.
// Loaded with `node --import ./scripts/vitest-node20.mjs node_modules/vitest/vitest.mjs`.
// Only the Vitest main process needs them: these calls are all in its CLI and reporters.

/** @template T, K @param {Iterable<T>} items @param {(item: T, index: number) => K} keyOf */
function* keyed(items, keyOf) {
  let i = 0;
  for (const item of items) yield [keyOf(item, i++), item];
}

if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy(items, keyOf) {
      const groups = new Map();
      for (const [key, item] of keyed(items, keyOf)) {
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy(items, keyOf) {
      const groups = Object.create(null);
      for (const [key, item] of keyed(items, keyOf)) {
        const k = typeof key === 'symbol' ? key : String(key);
        (groups[k] ??= []).push(item);
      }
      return groups;
    },
  });
}

// Used by the watch-mode trackers (Node 22+).
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
