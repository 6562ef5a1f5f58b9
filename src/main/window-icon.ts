// The window's own icon (Linux and Windows show it in the task bar; macOS takes the app
// bundle's .icns). Generated from resources/icon.svg by scripts/icons.mjs and packaged with
// the app (electron-builder.yml `files`).
import { join } from 'node:path';

/** The icon's path, from the folder the built main process runs in (out/main). */
export function windowIcon(mainDir: string): string {
  return join(mainDir, '../../resources/icons/512x512.png');
}
