import { describe, expect, it } from 'vitest';
import { folderPicker, type OpenDialogLike } from './folder-picker';

function dialog(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: unknown[] = [];
  const d: OpenDialogLike<string> = {
    showOpenDialog: async (window, options) => {
      asked.push({ window, options });
      return answer;
    },
  };
  return { d, asked };
}

describe('the export folder picker', () => {
  it('asks for one folder over the app window and answers with it', async () => {
    const { d, asked } = dialog({ canceled: false, filePaths: ['/home/me/Vault/Gloss'] });
    expect(await folderPicker(d, () => 'window')('export')).toBe('/home/me/Vault/Gloss');
    expect(asked).toEqual([{ window: 'window', options: expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }) }]);
  });

  it('answers null when cancelled, when the dialog gives no single folder, or without a window', async () => {
    expect(await folderPicker(dialog({ canceled: true, filePaths: ['/x'] }).d, () => 'w')('export')).toBeNull();
    expect(await folderPicker(dialog({ canceled: false, filePaths: [] }).d, () => 'w')('export')).toBeNull();
    const none = dialog({ canceled: false, filePaths: ['/x'] });
    expect(await folderPicker(none.d, () => null)('backups')).toBeNull();
    expect(none.asked).toEqual([]);
  });
});
