import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_RELATIONS, type EvidenceRelation } from '../../../../shared/model';

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
      <div className="row">
        <select value={relation} aria-label={t('review.evidence.relation')} onChange={(e) => setRelation(e.target.value as EvidenceRelation)}>
          {EVIDENCE_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`claim.relation.${r}`)}
            </option>
          ))}
        </select>
        <button className="primary" type="submit" disabled={!url.trim()}>
          {t('review.evidence.link')}
        </button>
      </div>
    </form>
  );
}
