import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api';
import { Modal } from '../../ui/Modal';
import { BackupsSection } from './BackupsSection';
import { JsonImportSection } from './JsonImportSection';

export function SettingsPanel({ settings, onChange, onClose, onAbout }: { settings: Settings; onChange: (s: Partial<Settings>) => void; onClose: () => void; onAbout: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('app.settings')} onClose={onClose}>
      <div className="settings">
        <fieldset>
          <legend>{t('settings.theme')}</legend>
          <div className="segmented">
            {(['light', 'sepia', 'dark'] as const).map((theme) => (
              <button key={theme} className={settings.theme === theme ? 'active' : ''} aria-pressed={settings.theme === theme} onClick={() => onChange({ theme })}>
                {t(`settings.${theme}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <label>
          {t('settings.fontSize')} <span className="muted">{settings.fontSize}px</span>
          <input
            type="range"
            min={14}
            max={28}
            value={settings.fontSize}
            data-testid="font-size"
            // How far the track is filled, for the theme's accent up to the thumb.
            style={{ '--filled': `${((settings.fontSize - 14) / (28 - 14)) * 100}%` } as React.CSSProperties}
            onChange={(e) => onChange({ fontSize: Number(e.target.value) })}
          />
          <span className="range-ends" aria-hidden>
            <span>A</span>
            <span>A</span>
          </span>
        </label>
        <label>
          {t('settings.language')}
          <select value={settings.language} onChange={(e) => onChange({ language: e.target.value as Settings['language'] })}>
            <option value="system">{t('settings.system')}</option>
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.remoteImages} onChange={(e) => onChange({ remoteImages: e.target.checked })} />
          <span>
            {t('settings.remoteImages')}
            <small className="muted">{t('settings.remoteImagesHint')}</small>
          </span>
        </label>
        <BackupsSection />
        <JsonImportSection />
        <div className="row end">
          <button className="about-link" data-testid="open-about" onClick={onAbout}>
            {t('about.open')}
          </button>
          <span className="spacer" />
          <button className="primary" onClick={onClose}>
            {t('settings.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
