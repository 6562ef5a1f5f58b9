#!/usr/bin/env node
// npm run icons: every icon Gloss needs, drawn from the one source, resources/icon.svg.
//   resources/icon.png          1024 px: electron-builder's source on every platform
//   resources/icons/NxN.png     the Linux icon set (AppImage, deb) and the window's icon
//   resources/icon.icns         macOS   resources/icon.ico   Windows (PNG-compressed, up to 256)
//   src/renderer/public/        the favicon browser mode serves (SVG, and a PNG for old browsers)
// The outputs are committed; run this again after changing the SVG.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');
const svg = readFileSync(join(resources, 'icon.svg'));

const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync(join(resources, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), render(size));
const large = render(1024);
writeFileSync(join(resources, 'icon.png'), large);

const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true);
if (!icns || !ico) throw new Error('png2icons could not make the ICNS or ICO file');
writeFileSync(join(resources, 'icon.icns'), icns);
writeFileSync(join(resources, 'icon.ico'), ico);

const favicons = join(root, 'src/renderer/public');
mkdirSync(favicons, { recursive: true });
copyFileSync(join(resources, 'icon.svg'), join(favicons, 'favicon.svg'));
writeFileSync(join(favicons, 'favicon-32.png'), render(32));
console.log('icons written to resources/ and src/renderer/public/');
