import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';

const isMac = navigator.platform.toLowerCase().includes('mac');
const mod = isMac ? '⌘' : 'Ctrl';

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ['j / k · ↓ / ↑', t('shortcuts.move')],
    ['Enter', t('shortcuts.open')],
    [`/ · ${mod}+K`, t('shortcuts.search')],
    ['n · N', t('shortcuts.step')],
    ['Esc', t('shortcuts.back')],
    [`${mod}+O`, t('shortcuts.import')],
    [`${mod}+,`, t('shortcuts.settings')],
    ['h · 1–5', t('shortcuts.highlight')],
    ['n', t('shortcuts.note')],
    ['t', t('shortcuts.tags')],
    ['c', t('shortcuts.claim')],
    ['r', t('shortcuts.review')],
    ['Space · PgDn · ↓', t('shortcuts.scroll')],
    ['j · k', t('shortcuts.nextArticle')],
    [`${mod}+Z · ${mod}+Shift+Z`, t('shortcuts.undo')],
    ['# · Delete', t('shelf.keys.delete')],
    ['e', t('shelf.keys.archive')],
    [`${mod}+Click · Shift+Click`, t('shelf.keys.pick')],
    ['?', t('shortcuts.sheet')],
  ];
  return (
    <Modal title={t('app.shortcuts')} onClose={onClose}>
      <dl className="shortcuts">
        {rows.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              {keys.split(' · ').map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
