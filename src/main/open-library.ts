// Opening the library when the desktop app starts. A damaged library (damage.ts) is never
// opened for writing; the user is told in a dialog and offered the last good backup, which is
// restored with the damaged file moved aside (kept, never overwritten). Electron's dialog is
// passed in, so the decision is tested in plain Node.
import { backupsFolder, lastGoodBackup, restoreBackup } from '../core/backup';
import { LibraryDamagedError } from '../core/library/damage';
import { holdLibrary, type LibraryHolder } from '../core/library/holder';

export interface DamagedDialog {
  type: 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

export interface StartDeps {
  nativeBinding?: string;
  appVersion: string;
  /** Shows the dialog; resolves to the index of the button chosen. */
  ask(dialog: DamagedDialog): Promise<number>;
}

/** What to show for a damaged library, and which button restores (none without a backup). */
export function damagedDialog(err: LibraryDamagedError, last: { file: string; created: string; articles: number; highlights: number } | null): { dialog: DamagedDialog; restoreButton: number | null } {
  const base = { type: 'error' as const, title: 'Gloss', message: 'Your library file is damaged, so Gloss did not open it.' };
  if (!last) {
    return {
      dialog: { ...base, detail: `${err.message}\n\nThere is no Gloss backup of it to restore.`, buttons: ['Quit'], defaultId: 0, cancelId: 0 },
      restoreButton: null,
    };
  }
  const when = last.created.slice(0, 16).replace('T', ' ');
  return {
    dialog: {
      ...base,
      detail:
        `${err.message}\n\nThe last good backup is from ${when} UTC (${last.articles} articles, ${last.highlights} highlights):\n${last.file}\n\n` +
        'Restoring it keeps the damaged file beside the library, renamed; nothing is deleted.',
      buttons: ['Restore the last good backup', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    },
    restoreButton: 0,
  };
}

/** The held library, or null when the user chose to quit. */
export async function openOrRecover(path: string, deps: StartDeps): Promise<LibraryHolder | null> {
  try {
    return holdLibrary(path, { nativeBinding: deps.nativeBinding });
  } catch (err) {
    if (!(err instanceof LibraryDamagedError)) throw err;
    const last = await lastGoodBackup(backupsFolder(path));
    const { dialog, restoreButton } = damagedDialog(err, last);
    const chosen = await deps.ask(dialog);
    if (!last || chosen !== restoreButton) return null;
    await restoreBackup(path, last.file, { backupsFolder: backupsFolder(path), appVersion: deps.appVersion, current: null, release: () => undefined, nativeBinding: deps.nativeBinding });
    return holdLibrary(path, { nativeBinding: deps.nativeBinding });
  }
}
