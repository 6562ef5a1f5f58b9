// npm run bench [name…]: runs the named benchmarks (all by default).
import { benchApp } from './app';
import { benchBackup } from './backup';
import { benchClaims } from './claims';
import { benchDuplicates } from './duplicates';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchSearch } from './search';

const BENCHES: Record<string, () => Promise<void>> = {
  import: benchImport,
  search: benchSearch,
  claims: benchClaims,
  app: benchApp,
  duplicates: benchDuplicates,
  backup: benchBackup,
  export: benchExport,
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
