// npm run bench [name…]: runs the named benchmarks (all by default).
// Each benchmark's modules are loaded when it runs: the import bench reports its process's
// peak memory, which must not carry the app bench's browser driver or the others' modules.
export {}; // a module: it awaits at the top level

const BENCHES: Record<string, () => Promise<void>> = {
  import: async () => (await import('./import')).benchImport(),
  search: async () => (await import('./search')).benchSearch(),
  claims: async () => (await import('./claims')).benchClaims(),
  app: async () => (await import('./app')).benchApp(),
  duplicates: async () => (await import('./duplicates')).benchDuplicates(),
  backup: async () => (await import('./backup')).benchBackup(),
  export: async () => (await import('./export')).benchExport(),
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark '${name}'; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  await bench();
}
