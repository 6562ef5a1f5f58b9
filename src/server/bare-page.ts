// What the bare address (opened without the key Gloss printed, or after a restart made a
// new one) answers: a short page saying what to do, in both languages, instead of the
// refusal's JSON. It holds nothing of the library and runs no script.
const STYLE = `body{font:16px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;min-height:100vh;display:grid;place-items:center;background:#f7f5f0;color:#222}
main{max-width:34rem;padding:2rem}h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:.25rem 0 1.25rem;color:#444}section+section{border-top:1px solid #ddd;padding-top:1.25rem}
code{background:#ece8df;padding:.1rem .3rem;border-radius:4px;font-size:.9em;white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#1c1c1e;color:#eee}p{color:#bbb}section+section{border-color:#333}code{background:#2c2c2e}}`;

export const BARE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>Gloss: open the address it printed</title><style>${STYLE}</style></head>
<body><main>
<section lang="en"><h1>Open the address Gloss printed</h1>
<p>This address needs the key Gloss prints when it starts in browser mode, so that no other page on this computer can reach your library. Open the full address from the terminal (it ends in <code>?token=…</code>), or start Gloss again with <code>npm run serve</code>.</p></section>
<section lang="zh-CN"><h1>请打开 Gloss 打印的地址</h1>
<p>为了不让本机的其他网页访问你的资料库，这个地址需要 Gloss 在浏览器模式启动时打印的密钥。请打开终端里那条完整的地址（以 <code>?token=…</code> 结尾），或用 <code>npm run serve</code> 重新启动 Gloss。</p></section>
</main></body></html>`;

/** Its policy: its own inline style, nothing else at all. */
export const BARE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
