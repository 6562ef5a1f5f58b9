// Settings → Backups: the list, and the actions on it, with the progress the core reports
// (its backupProgress events) and the outcome of the last action.
import { useCallback, useEffect, useState } from 'react';
import type { GlossEvents } from '../../../../shared/api';
import type { BackupInfo, BackupProgress } from '../../../../shared/model';
import { call, onEvent } from '../../api';

export type BackupOutcome = { kind: 'backedUp'; backup: BackupInfo } | { kind: 'failed'; message: string } | null;

export function useBackups() {
  const [folder, setFolder] = useState<string | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome>(null);

  const refresh = useCallback(async () => {
    try {
      const listed = await call('listBackups', {});
      setFolder(listed.folder);
      setBackups(listed.backups);
    } catch (err) {
      setOutcome({ kind: 'failed', message: (err as Error).message });
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onEvent((event, payload) => {
      if (event !== 'backupProgress') return;
      const p = payload as GlossEvents['backupProgress'];
      setProgress(p.phase === 'done' ? null : p);
      if (p.phase === 'done') void refresh();
      if (p.error) setOutcome({ kind: 'failed', message: p.error });
    });
  }, [refresh]);

  /** Runs one action; its failure is shown, never thrown into React. */
  const run = useCallback(async (action: () => Promise<BackupOutcome | void>) => {
    setOutcome(null);
    try {
      const result = await action();
      if (result) setOutcome(result);
    } catch (err) {
      setOutcome({ kind: 'failed', message: (err as Error).message });
    } finally {
      setProgress(null);
      void refresh();
    }
  }, [refresh]);

  return {
    folder,
    backups,
    progress,
    outcome,
    backUpNow: () => run(async () => ({ kind: 'backedUp', backup: await call('backupNow', {}) })),
    // A restore that works replaces the library: the app reloads on libraryReplaced (app/LibraryReplaced.tsx).
    restore: (name: string) => run(async () => void (await call('restoreBackup', { name }))),
    restoreFile: (file: File) => run(async () => void (await call('restoreUploadedBackup', { base64: await toBase64(file) }))),
    showFolder: () => run(async () => void (await call('showBackupsFolder', {}))),
    chooseFolder: () => run(async () => void (await call('chooseBackupsFolder', {}))),
  };
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
