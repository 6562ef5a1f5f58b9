import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import { emptyTrash } from './article-actions';

/** "Empty trash", asked twice: the only way anything is deleted for good before its 30 days. */
export function EmptyTrash({ count }: { count: number }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button className="ghost danger" data-testid="empty-trash" onClick={() => setAsking(true)}>
        {t('shelf.emptyTrash')}
      </button>
      {asking && (
        <Modal title={t('shelf.emptyTrashTitle')} onClose={() => setAsking(false)}>
          <p>{t('shelf.emptyTrashBody', { count })}</p>
          <div className="modal-actions">
            <button className="ghost" autoFocus onClick={() => setAsking(false)}>
              {t('shelf.cancel')}
            </button>
            <button className="primary danger-fill" data-testid="confirm-empty-trash" onClick={() => void emptyTrash().then(() => setAsking(false))}>
              {t('shelf.emptyTrashConfirm', { count })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
