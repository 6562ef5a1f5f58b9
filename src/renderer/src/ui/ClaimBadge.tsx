import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../shared/model';

/** A claim's status as a coloured pill (colours per status in styles.css). */
export function ClaimBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`claim-badge claim-${status}`} data-testid="claim-badge" data-status={status}>
      {t(`claim.status.${status}`)}
    </span>
  );
}
