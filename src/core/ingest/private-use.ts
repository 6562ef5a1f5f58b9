// Private-use characters in an article's text are almost always an icon font's glyphs
// (iconfont.cn's U+E600…, Font Awesome's U+F000…, Material's U+E000…), which read as boxes
// without the page's font; a page saved in GBK carries them too, in GBK's user-defined area,
// which decodes back to the same code points. One block is not icons: GB18030 puts some of
// its own characters (rare Han and radicals, bytes A6D9–A6DF, FE50–FEA0 …) at U+E766–U+E864,
// where no later table has moved them for every decoder. Those stay in a GB18030 text.
const EVERY = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
const BUT_GB18030_OWN = /[\uE000-\uE765\uE865-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;

/** The private-use characters to drop from a text decoded from `encoding` (decode.ts's names). */
export function iconGlyphs(encoding: string): RegExp {
  return encoding === 'gb18030' ? BUT_GB18030_OWN : EVERY;
}
