import { useTranslation } from 'react-i18next';
import type { LibraryFacet } from '../../../../shared/model';
import type { LibraryFilter, LibraryView } from './library-prefs';
import type { Facets } from './useLibrary';

const VIEWS: LibraryView[] = ['inbox', 'archive', 'trash'];
const SHOWN = 12;

function FacetList({ title, items, active, onPick, testId }: { title: string; items: LibraryFacet[]; active: string | null; onPick: (name: string | null) => void; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section className="facet" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {items.slice(0, SHOWN).map((f) => (
          <li key={f.name}>
            <button className={`facet-item${active === f.name ? ' active' : ''}`} aria-pressed={active === f.name} onClick={() => onPick(active === f.name ? null : f.name)}>
              <span className="ellipsis">{f.name}</span>
              <span className="facet-count">{f.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Views (Inbox, Archive, Trash) and the tags, sites and authors that filter the list. */
export function LibrarySidePanel({ view, onView, facets, filter, onFilter, onImportFolder }: {
  view: LibraryView;
  onView: (v: LibraryView) => void;
  facets: Facets;
  filter: LibraryFilter;
  onFilter: (f: LibraryFilter) => void;
  onImportFolder: () => void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="library-side" data-testid="library-side">
      <nav className="views" aria-label={t('shelf.views')}>
        {VIEWS.map((v) => (
          <button key={v} className={`view-item${view === v ? ' active' : ''}`} aria-current={view === v ? 'page' : undefined} data-testid={`view-${v}`} onClick={() => onView(v)}>
            <span aria-hidden className="view-icon">
              {v === 'inbox' ? '▤' : v === 'archive' ? '▣' : '⌫'}
            </span>
            {t(`shelf.view.${v}`)}
          </button>
        ))}
      </nav>
      {/* The facets count the library, not the Trash: they would filter nothing there. */}
      {view !== 'trash' && (
        <>
      <FacetList title={t('shelf.tags')} items={facets.tags} active={filter.tag} onPick={(tag) => onFilter({ ...filter, tag })} testId="facet-tags" />
      <FacetList title={t('shelf.sites')} items={facets.sites} active={filter.site} onPick={(site) => onFilter({ ...filter, site })} testId="facet-sites" />
      <FacetList title={t('shelf.authors')} items={facets.authors} active={filter.author} onPick={(author) => onFilter({ ...filter, author })} testId="facet-authors" />
        </>
      )}
      <button className="ghost side-import" onClick={onImportFolder}>
        {t('library.importFolder')}
      </button>
    </aside>
  );
}
