// The Export dialog: what to export (this article, a tag, the current search, everything),
// as what (Markdown for Obsidian and other editors, or JSON with everything), and whether
// Markdown carries the article's full text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/model';
import { call, exportsToFolder } from '../../api';
import { Modal } from '../../ui/Modal';
import { useExport, type Scope } from './useExport';
import './export.css';

export interface ExportContext {
  /** The article open in the reader, if any. */
  articleId?: number;
  articleTitle?: string;
  /** The current search, if any. */
  query?: string;
}

type ScopeKind = 'article' | 'tag' | 'search' | 'all';

export function ExportDialog({ context, onClose }: { context: ExportContext; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ScopeKind>(context.query ? 'search' : context.articleId ? 'article' : 'all');
  const [tags, setTags] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [format, setFormat] = useState<ExportFormat>('md');
  const [fullText, setFullText] = useState(false);
  const { state, run } = useExport();
  const toFolder = exportsToFolder();

  const [articleTitle, setArticleTitle] = useState(context.articleTitle);
  useEffect(() => {
    if (context.articleId !== undefined && !context.articleTitle) void call('getArticle', { id: context.articleId }).then((a) => setArticleTitle(a.title));
  }, [context.articleId, context.articleTitle]);

  useEffect(() => {
    void call('listTags', {}).then((list) => {
      setTags(list.map((x) => x.name));
      setTag((current) => current || list[0]?.name || '');
    });
  }, []);

  const scope: Scope | null =
    kind === 'article' && context.articleId ? { articleId: context.articleId } : kind === 'tag' ? (tag ? { tag } : null) : kind === 'search' && context.query ? { query: context.query } : kind === 'all' ? { all: true } : null;
  const running = state.phase === 'running';

  const choices: { kind: ScopeKind; label: string; detail?: string; shown: boolean }[] = [
    { kind: 'article', label: t('export.scopeArticle'), detail: articleTitle, shown: context.articleId !== undefined },
    { kind: 'tag', label: t('export.scopeTag'), shown: tags.length > 0 },
    { kind: 'search', label: t('export.scopeSearch'), detail: context.query, shown: Boolean(context.query) },
    { kind: 'all', label: t('export.scopeAll'), shown: true },
  ];

  return (
    <Modal title={t('export.title')} onClose={onClose}>
      <div className="settings export-dialog" data-testid="export-dialog">
        <fieldset disabled={running}>
          <legend>{t('export.scope')}</legend>
          <div className="export-choices">
            {choices
              .filter((c) => c.shown)
              .map((c) => (
                <label className="export-choice" key={c.kind}>
                  <input type="radio" name="export-scope" checked={kind === c.kind} onChange={() => setKind(c.kind)} />
                  <span>
                    {c.label}
                    {c.detail && <small className="muted export-detail">{c.detail}</small>}
                    {c.kind === 'tag' && kind === 'tag' && (
                      <select aria-label={t('export.scopeTag')} value={tag} onChange={(e) => setTag(e.target.value)}>
                        {tags.map((name) => (
                          <option key={name}>{name}</option>
                        ))}
                      </select>
                    )}
                  </span>
                </label>
              ))}
          </div>
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('export.format')}</legend>
          <div className="segmented">
            {(['md', 'json'] as const).map((f) => (
              <button key={f} className={format === f ? 'active' : ''} aria-pressed={format === f} onClick={() => setFormat(f)}>
                {t(`export.${f}`)}
              </button>
            ))}
          </div>
          <small className="muted">{t(format === 'md' ? 'export.mdHint' : 'export.jsonHint')}</small>
        </fieldset>
        {format === 'md' && (
          <label className="check">
            <input type="checkbox" checked={fullText} disabled={running} onChange={(e) => setFullText(e.target.checked)} />
            <span>
              {t('export.fullText')}
              <small className="muted">{t('export.fullTextHint')}</small>
            </span>
          </label>
        )}
        <ExportStatus state={state} />
        <div className="row end">
          <button className="ghost" onClick={onClose}>
            {t(state.phase === 'done' ? 'export.close' : 'export.cancel')}
          </button>
          <button className="primary" data-testid="export-start" disabled={!scope || running} onClick={() => scope && void run(scope, format, fullText)}>
            {t(toFolder ? 'export.startFolder' : 'export.startDownload')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function ExportStatus({ state }: { state: ReturnType<typeof useExport>['state'] }) {
  const { t } = useTranslation();
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <div className="export-status" role="status">
        <progress max={state.total || 1} value={state.done} />
        <span>{state.total ? t('export.progress', { done: state.done, total: state.total }) : t('export.starting')}</span>
      </div>
    );
  }
  if (state.phase === 'cancelled') return <p className="export-status muted">{t('export.cancelled')}</p>;
  if (state.phase === 'error') {
    return (
      <p className="export-status export-error" role="alert">
        {t('export.failed', { message: state.message })}
      </p>
    );
  }
  const r = state.result;
  return (
    <div className="export-status" role="status" data-testid="export-done">
      {'downloaded' in r ? (
        <p>{t('export.downloaded', { file: r.downloaded, count: r.articles })}</p>
      ) : (
        <>
          <p>{t('export.written', { count: r.articles, dir: r.dir })}</p>
          <p className="muted">{t('export.counts', { created: r.created, updated: r.updated, unchanged: r.unchanged })}</p>
          {r.failed > 0 && (
            <div className="export-error" role="alert">
              <p>{t('export.someFailed', { count: r.failed })}</p>
              <ul>
                {r.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}
