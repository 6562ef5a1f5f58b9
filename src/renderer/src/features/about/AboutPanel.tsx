// Which Gloss this is: the mark, the version the build was made from, and what it is for.
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

export function AboutPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('about.title')} onClose={onClose}>
      <div className="about" data-testid="about">
        <img className="about-mark" src="./favicon.svg" alt="" width={72} height={72} />
        <div>
          <p className="about-name">Gloss</p>
          <p className="muted" data-testid="about-version">
            {t('about.version', { version: __GLOSS_VERSION__ })}
          </p>
          <p>{t('about.tagline')}</p>
          <p className="muted small">{t('about.local')}</p>
        </div>
      </div>
      <div className="row end">
        <button className="primary" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
    </Modal>
  );
}
