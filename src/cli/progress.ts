// A one-line progress bar on a terminal: n of N, a bar, and the current file.
import { basename } from 'node:path';
import type { ImportProgress } from '../shared/model';
import { terminalSafe } from './terminal';

export function progressBar(stream: NodeJS.WriteStream): { update(p: ImportProgress): void; done(): void } {
  let last = 0;
  const draw = (p: ImportProgress) => {
    const width = 24;
    const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
    const name = terminalSafe(basename(p.path));
    const room = Math.max(10, (stream.columns ?? 80) - width - 20);
    const shown = name.length > room ? `…${name.slice(-room + 1)}` : name;
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${shown}`);
  };
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 50 && p.done < p.total) return;
      last = now;
      draw(p);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
