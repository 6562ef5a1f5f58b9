import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Settings } from '../../../shared/api';
import { en } from './en';
import { zhCN } from './zh-CN';

/** The interface language: the user's choice, else the system's (Chinese or English). */
export function resolveLanguage(choice: Settings['language']): 'zh-CN' | 'en' {
  if (choice !== 'system') return choice;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: resolveLanguage('system'),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18next;
