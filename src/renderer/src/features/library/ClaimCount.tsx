import { useTranslation } from 'react-i18next';

/** How many claims an article has, and how many are still open: "3 claims · 2 open". */
export function ClaimCount({ claims, open }: { claims: number; open: number }) {
  const { t } = useTranslation();
  return (
    <span className={`article-claims${open > 0 ? ' has-open' : ''}`} data-testid="article-claims">
      {t('library.claims', { count: claims })} · {open > 0 ? <span className="open">{t('library.openClaims', { count: open })}</span> : t('library.allChecked')}
    </span>
  );
}
