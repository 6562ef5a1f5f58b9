// A one-line progress bar on a terminal for one long action (a backup, a restore): a bar and
// what it is doing now.
import type { BackupProgress } from '../shared/model';

export function fractionBar(stream: NodeJS.WriteStream): { update(p: BackupProgress): void; done(): void } {
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 50 && p.phase !== 'done') return;
      last = now;
      const width = 24;
      const filled = Math.round(Math.min(1, Math.max(0, p.fraction)) * width);
      stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(p.fraction * 100)}% ${p.phase}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
