import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRelation } from '../../../../shared/model';
import { RelationSubmit } from './RelationSubmit';

/** Evidence from outside the library: a web page's address and title. */
export function WebSourceForm({ onLink }: { onLink: (relation: EvidenceRelation, url: string, title: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [relation, setRelation] = useState<EvidenceRelation>('supports');
  return (
    <form
      className="web-source"
      data-testid="web-source"
      onSubmit={(e) => {
        e.preventDefault();
        void onLink(relation, url.trim(), title.trim()).then((ok) => {
          if (!ok) return;
          setUrl('');
          setTitle('');
        });
      }}
    >
      <h3>{t('review.evidence.web')}</h3>
      <input type="url" required value={url} placeholder={t('review.evidence.url')} aria-label={t('review.evidence.url')} onChange={(e) => setUrl(e.target.value)} />
      <input value={title} placeholder={t('review.evidence.pageTitle')} aria-label={t('review.evidence.pageTitle')} onChange={(e) => setTitle(e.target.value)} />
      <RelationSubmit relation={relation} onRelation={setRelation} disabled={!url.trim()} />
    </form>
  );
}
