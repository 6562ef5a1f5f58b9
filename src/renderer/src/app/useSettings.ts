import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/api';
import { call } from '../api';
import i18n, { resolveLanguage } from '../i18n';

/** Settings live in the library; the page reflects them (theme, text size, language). */
export function useSettings(): [Settings, (changes: Partial<Settings>) => void] {
  const [settings, setLocal] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void call('getSettings', {}).then(setLocal);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
    const lang = resolveLanguage(settings.language);
    root.lang = lang;
    void i18n.changeLanguage(lang);
  }, [settings]);
  const update = useCallback((changes: Partial<Settings>) => {
    setLocal((s) => ({ ...s, ...changes }));
    void call('setSettings', { settings: changes }).then(setLocal);
  }, []);
  return [settings, update];
}
