// After a restore replaced the library, the window loads everything again from the restored
// library (a reload of the page, on the library the app reopened in place: no restart), and
// then says what came back.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossEvents } from '../../../shared/api';
import { onEvent } from '../api';

const KEY = 'gloss-restored';

export function LibraryReplaced() {
  const { t, i18n } = useTranslation();
  const [restored, setRestored] = useState<GlossEvents['libraryReplaced'] | null>(() => {
    const saved = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return saved ? (JSON.parse(saved) as GlossEvents['libraryReplaced']) : null;
  });
  useEffect(
    () =>
      onEvent((event, payload) => {
        if (event !== 'libraryReplaced') return;
        sessionStorage.setItem(KEY, JSON.stringify(payload));
        // The library view, not an article the restored library may not have.
        location.hash = '#/';
        location.reload();
      }),
    [],
  );
  if (!restored) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(restored.created));
  return (
    <div className="recovered-notice" role="status" data-testid="restored-notice">
      <span>{t('backups.restored', { date, articles: t('backups.articles', { count: restored.articles }), highlights: t('backups.highlights', { count: restored.highlights }) })}</span>
      <button className="ghost" onClick={() => setRestored(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
