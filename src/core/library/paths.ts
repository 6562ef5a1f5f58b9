// Where a library lives. The app and the CLI agree on the default so both open the same file.
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';

/** The per-user data folder Electron's app.getPath('userData') gives for an app named Gloss. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Gloss');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Gloss');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Gloss');
}

export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.GLOSS_LIBRARY ?? join(userDataDir(env), 'library.db');
}

/** Images stored with articles sit beside the library file: library.db → library.assets/. */
export function assetsDir(libraryPath: string): string {
  return join(dirname(libraryPath), `${basename(libraryPath, extname(libraryPath))}.assets`);
}

/**
 * Where backups go unless the user chose another folder: beside the library's folder, never
 * inside it (~/.config/Gloss/library.db → ~/.config/Gloss Backups), so that whatever
 * happens to that folder (a sync tool emptying it, a user deleting it) spares the backups.
 */
export function defaultBackupsDir(libraryPath: string): string {
  const folder = dirname(libraryPath);
  return join(dirname(folder), `${basename(folder)} Backups`);
}
