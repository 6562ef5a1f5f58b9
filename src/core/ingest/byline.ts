// What a page gives as its author is often more than a name: Readability takes the byline's
// whole block, and Chinese news pages put the time, the editor and the account's badges
// beside the name ("八卦大相公发布时间：01-1417:58", "作者：未知 责任编辑：…", "name, email@…").
// The name is kept; what is plainly not one (an editor, a number, "unknown") gives none.

/** Words after which a byline says something else: the time, the editor, the account's stats. */
const CUT = /(发布时间|发布于|发表于|来源[:：]|责任编辑|编辑[:：]|总篇数|优质原创|原创作者|阅读数|[\[【（(]\s*责任编辑)/;
const PREFIX = /^(作者|文|撰文|记者|by)\s*[:：/／]?\s*/i;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const NOT_A_NAME = /^(未知|佚名|匿名|unknown|anonymous|admin|name)$/i;
const MAX_CHARS = 40;

export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  let s = raw.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  const cut = CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  s = s.replace(EMAIL, '').replace(PREFIX, '').replace(/\s+/g, ' ').replace(/^[\s,，、;；:：|/·-]+|[\s,，、;；:：|/·-]+$/g, '');
  if (!s || NOT_A_NAME.test(s) || /^[\d\s.]+$/.test(s) || s.length > MAX_CHARS) return null;
  return s;
}
