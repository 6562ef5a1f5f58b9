import { useTranslation } from 'react-i18next';
import type { ClaimDetail } from '../../../../shared/model';
import { formatDate } from '../../ui/format';

/** Why the claim is in the queue (or, when it is not, until when it was put off). */
export function DueLine({ claim }: { claim: ClaimDetail }) {
  const { t, i18n } = useTranslation();
  const day = (d: string | null) => formatDate(d, i18n.language) ?? '';
  const reasons = claim.dueReasons.map((r) => {
    if (r === 'new-material') return t('review.reason.new-material', { count: claim.newMaterial.length });
    if (r === 'check-again') return t('review.reason.check-again', { date: day(claim.checkAgain) });
    return t(`review.reason.${r}`, { date: day(claim.dueSince) });
  });
  if (!claim.due) {
    if (claim.snoozedUntil) reasons.push(t('review.reason.snoozed', { date: day(claim.snoozedUntil) }));
    else if (claim.checkAgain) reasons.push(t('review.reason.comesBack', { date: day(claim.checkAgain) }));
    else reasons.push(t('review.reason.notDue'));
  }
  return (
    <span className="due-line" data-testid="due-line">
      {reasons.join(' · ')}
    </span>
  );
}
