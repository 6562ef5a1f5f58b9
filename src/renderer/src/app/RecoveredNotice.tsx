// After the desktop window's renderer crashed or was killed, main reloads it and says why:
// the reader sees what happened instead of a blank window, and that nothing saved was lost.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossEvents } from '../../../shared/api';
import { onEvent } from '../api';

export function RecoveredNotice() {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent((event, payload) => {
        if (event === 'recovered') setReason((payload as GlossEvents['recovered']).reason);
      }),
    [],
  );
  if (!reason) return null;
  return (
    <div className="recovered-notice" role="alert" data-testid="recovered-notice">
      <span>{t('app.recovered', { reason })}</span>
      <button className="ghost" onClick={() => setReason(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
