// The folder an export goes into, or backups are kept in, asked of the user with the
// system's folder dialog. The page never names a folder: the core's calls ask through this,
// so only the user's choice is written.
export interface OpenDialogLike<W> {
  showOpenDialog(window: W, options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** A chooser for the core (CoreOptions.chooseFolder): the chosen folder, or null when cancelled or there is no window. */
export function folderPicker<W>(dialog: OpenDialogLike<W>, window: () => W | null): (purpose: 'export' | 'backups') => Promise<string | null> {
  return async (purpose) => {
    const w = window();
    if (!w) return null;
    const words = purpose === 'export' ? { title: 'Export to folder', buttonLabel: 'Export here' } : { title: 'Keep backups in', buttonLabel: 'Keep them here' };
    const picked = await dialog.showOpenDialog(w, { ...words, properties: ['openDirectory', 'createDirectory'] });
    return picked.canceled || picked.filePaths.length !== 1 ? null : picked.filePaths[0];
  };
}
