import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TagManager } from '../features/annotations/TagManager';
import { ImportPanel } from '../features/import/ImportPanel';
import { useImport } from '../features/import/useImport';
import { AboutPanel } from '../features/about/AboutPanel';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderArticleMenu } from '../features/library/ReaderArticleMenu';
import { UndoToast } from '../features/library/UndoToast';
import { NotebookView } from '../features/notebook/NotebookView';
import { isTyping } from '../ui/typing';
import { ReaderView } from '../features/reader/ReaderView';
import { ReviewPage } from '../features/review/ReviewPage';
import { useDueCount } from '../features/review/useDueCount';
import { useReviewHistory } from '../features/review/useReviewHistory';
import { SearchPanel } from '../features/search/SearchPanel';
import { SettingsPanel } from '../features/settings/SettingsPanel';
import { ExportDialog, type ExportContext } from '../features/export/ExportDialog';
import { RecoveredNotice } from './RecoveredNotice';
import { LibraryReplaced } from './LibraryReplaced';
import { ShortcutSheet } from './ShortcutSheet';
import { routeHash, useRoute } from './route';
import { useSettings } from './useSettings';

export function App() {
  const { t } = useTranslation();
  const [route, go] = useRoute();
  const [settings, updateSettings] = useSettings();
  const [panel, setPanel] = useState<'settings' | 'shortcuts' | 'tags' | 'search' | 'about' | null>(null);
  const [searchQuery, setSearchQuery] = useState('');
  const [exporting, setExporting] = useState<ExportContext | null>(null);
  const importer = useImport();
  const importState = importer.state.phase;
  const dismissImport = importer.dismiss;
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const reviewHistory = useReviewHistory();
  // The due count is fetched again after the review changes a claim, after an import (new
  // material) and whenever the view changes.
  const [claimChanges, setClaimChanges] = useState(0);
  const onClaimsChanged = useCallback(() => setClaimChanges((n) => n + 1), []);
  const due = useDueCount(`${importer.finishedCount}:${claimChanges}:${routeHash(route)}`);
  const leaveReader = useCallback(() => go({ kind: 'library' }), [go]);
  const openNotebook = useCallback((q: string) => go({ kind: 'notebook', q }), [go]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = isTyping(e.target);
      const mod = e.ctrlKey || e.metaKey;
      if ((mod && e.key.toLowerCase() === 'k') || (e.key === '/' && !typing)) {
        e.preventDefault();
        setPanel('search');
      } else if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        fileInput.current?.click();
      } else if (mod && e.key === ',') {
        e.preventDefault();
        setPanel('settings');
      } else if (e.key === 'Escape') {
        if (panel) setPanel(null);
        // The results of an import that has ended go first: they cover the list.
        else if (importState === 'done' || importState === 'failed') dismissImport();
        // Esc in a reader showing search marks clears them first; the next Esc goes back.
        else if (route.kind === 'reader' && route.search) go({ kind: 'reader', id: route.id });
        else if (route.kind === 'reader') go({ kind: 'library' });
      } else if (e.key === '?' && !typing) {
        setPanel('shortcuts');
      } else if (e.key === 'r' && !mod && !e.altKey && !typing && !panel && route.kind !== 'review') {
        // Not while text is selected in the reader, where a key acts on the selection.
        if (window.getSelection()?.isCollapsed === false) return;
        e.preventDefault();
        go({ kind: 'review', filter: {} });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel, route, go, importState, dismissImport]);

  return (
    <div className="app" {...importer.dropHandlers}>
      <RecoveredNotice />
      <LibraryReplaced />
      <header className="topbar">
        <button className="brand" onClick={() => go({ kind: 'library' })} title={t('app.library')}>
          <span className="brand-mark">G</span>
          <span>{t('app.name')}</span>
        </button>
        {route.kind === 'reader' && (
          <button className="ghost" onClick={() => go({ kind: 'library' })}>
            ← {t('app.back')}
          </button>
        )}
        <div className="spacer" />
        {route.kind === 'reader' && <ReaderArticleMenu id={route.id} onLeave={leaveReader} />}
        <button className={`ghost${route.kind === 'notebook' ? ' active' : ''}`} data-testid="notebook-button" onClick={() => go({ kind: 'notebook', q: '' })}>
          {t('notebook.button')}
        </button>
        <button
          className={`ghost review-button${route.kind === 'review' || route.kind === 'claims' ? ' active' : ''}`}
          data-testid="review-button"
          title={t('review.buttonTitle')}
          onClick={() => go({ kind: 'review', filter: {} })}
        >
          {t('review.button')}
          {due !== undefined && due > 0 && (
            <span className="count-badge" data-testid="due-count">
              {due}
            </span>
          )}
        </button>
        <button className="search-button" data-testid="search-button" onClick={() => setPanel('search')}>
          <span aria-hidden>⌕</span> {t('search.button')}
          <kbd>/</kbd>
        </button>
        <button className="ghost" onClick={() => fileInput.current?.click()}>
          {t('library.importButton')}
        </button>
        <button className="ghost" data-testid="export-button" title={t('export.buttonTitle')} onClick={() => setExporting(route.kind === 'reader' ? { articleId: route.id } : {})}>
          {t('export.button')}
        </button>
        <button className="ghost" onClick={() => setPanel('tags')}>
          {t('tags.title')}
        </button>
        <button className="icon" aria-label={t('app.shortcuts')} title={t('app.shortcuts')} onClick={() => setPanel('shortcuts')}>
          ?
        </button>
        <button className="icon" aria-label={t('app.settings')} title={t('app.settings')} onClick={() => setPanel('settings')}>
          ⚙
        </button>
      </header>
      <input ref={fileInput} type="file" multiple hidden accept=".html,.htm,.md,.markdown,.txt" data-testid="file-input" onChange={(e) => importer.fromInput(e.currentTarget)} />
      <input ref={folderInput} type="file" hidden {...{ webkitdirectory: '' }} onChange={(e) => importer.fromInput(e.currentTarget)} />
      <main className="content">
        {route.kind === 'library' ? (
          <LibraryView
            refreshKey={importer.finishedCount}
            onOpen={(id) => go({ kind: 'reader', id })}
            onImportFiles={() => fileInput.current?.click()}
            onImportFolder={() => folderInput.current?.click()}
          />
        ) : route.kind === 'notebook' ? (
          <NotebookView
            query={route.q}
            onQuery={openNotebook}
            onOpen={(h) => go({ kind: 'reader', id: h.articleId, search: { q: h.quote, highlight: h.id } })}
          />
        ) : route.kind === 'reader' ? (
          <ReaderView key={route.id} id={route.id} settings={settings} search={route.search} onSearchDone={() => go({ kind: 'reader', id: route.id })} onOpenArticle={(id) => go({ kind: 'reader', id })} />
        ) : (
          <ReviewPage
            tab={route.kind === 'review' ? 'queue' : 'dashboard'}
            filter={route.kind === 'review' ? route.filter : {}}
            refreshKey={importer.finishedCount}
            history={reviewHistory}
            onQueue={(filter) => go({ kind: 'review', filter })}
            onDashboard={() => go({ kind: 'claims' })}
            onOpenReader={(c) => go({ kind: 'reader', id: c.articleId, search: { q: c.quote, highlight: c.highlightId } })}
            onOpenArticle={(id) => go({ kind: 'reader', id })}
            onChanged={onClaimsChanged}
          />
        )}
      </main>
      <UndoToast />
      <ImportPanel state={importer.state} dragging={importer.dragging} onCancel={importer.cancel} onClose={importer.dismiss} />
      {panel === 'settings' && <SettingsPanel settings={settings} onChange={updateSettings} onClose={() => setPanel(null)} onAbout={() => setPanel('about')} />}
      {panel === 'about' && <AboutPanel onClose={() => setPanel(null)} />}
      {panel === 'shortcuts' && <ShortcutSheet onClose={() => setPanel(null)} />}
      {panel === 'tags' && <TagManager onClose={() => setPanel(null)} />}
      {exporting && <ExportDialog context={exporting} onClose={() => setExporting(null)} />}
      {panel === 'search' && (
        <SearchPanel
          query={searchQuery}
          onQuery={setSearchQuery}
          onClose={() => setPanel(null)}
          onExport={(query) => {
            setPanel(null);
            setExporting({ query });
          }}
          onOpen={(id, search) => {
            setPanel(null);
            go({ kind: 'reader', id, search });
          }}
        />
      )}
    </div>
  );
}
