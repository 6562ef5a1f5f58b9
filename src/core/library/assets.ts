// Images stored with articles: one file per content hash, written before the article's
// transaction, so a crash can leave an unreferenced file but never a missing one.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Asset } from '../ingest/prepare';

export function writeAssets(dir: string, assets: Asset[]): void {
  if (assets.length === 0) return;
  mkdirSync(dir, { recursive: true });
  for (const asset of assets) {
    const target = join(dir, asset.name);
    if (existsSync(target)) continue;
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, asset.bytes);
    renameSync(tmp, target);
  }
}
