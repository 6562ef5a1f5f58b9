import { useTranslation } from 'react-i18next';
import type { ClaimDetail } from '../../../../shared/model';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { formatDate } from '../../ui/format';

/** The highlighted words in their paragraph, and where they come from. */
export function Passage({ claim, onOpen }: { claim: ClaimDetail; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const { passage, article } = claim;
  const meta = [article.site, formatDate(article.date, i18n.language)].filter(Boolean);
  return (
    <figure className="passage">
      {passage && claim.anchor !== 'orphaned' ? (
        <blockquote data-testid="claim-passage">
          {passage.text.slice(0, passage.start)}
          <mark className={`hl hl-${claim.color}`}>{passage.text.slice(passage.start, passage.end)}</mark>
          {passage.text.slice(passage.end)}
        </blockquote>
      ) : (
        <>
          <blockquote data-testid="claim-passage">
            <mark className={`hl hl-${claim.color}`}>{claim.quote}</mark>
          </blockquote>
          <p className="passage-orphaned">{t('review.card.orphaned')}</p>
        </>
      )}
      <figcaption>
        <button className="link" onClick={onOpen} title={`${t('review.card.open')} (o)`}>
          {article.title}
        </button>
        {meta.length > 0 && <span className="muted"> · {meta.join(' · ')}</span>}
        {article.url && isAllowedLink(article.url) && (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {t('review.card.source')} ↗
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
