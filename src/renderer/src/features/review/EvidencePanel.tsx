// Evidence at hand: passages of other articles that may bear on the claim on screen (the
// core leaves out those already linked). `l` moves the keyboard here; ↑/↓ choose, s/c/x
// link the chosen passage, Esc goes back.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_RELATIONS, type EvidenceRelation, type Suggestion } from '../../../../shared/model';
import { formatDate } from '../../ui/format';
import { Marked } from '../search/Marked';
import { RELATION_KEYS, relationFor } from './review-keys';
import { ClaimLinkForm } from './ClaimLinkForm';
import { WebSourceForm } from './WebSourceForm';

export interface EvidencePanelHandle {
  /** Takes the keyboard: to the passages, or to the web source form when there are none. */
  focus: () => void;
}

interface Props {
  claimId: number;
  suggestions: Suggestion[] | null;
  error: string | null;
  onLink: (s: Suggestion, relation: EvidenceRelation) => void;
  onLinkWeb: (relation: EvidenceRelation, url: string, title: string) => Promise<boolean>;
  onLinkClaim: (relation: EvidenceRelation, claimId: number) => Promise<boolean>;
  ref: Ref<EvidencePanelHandle>;
}

const keyOf = (relation: EvidenceRelation) => RELATION_KEYS.find(([, r]) => r === relation)![0];

export function EvidencePanel({ claimId, suggestions, error, onLink, onLinkWeb, onLinkClaim, ref }: Props) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const form = useRef<HTMLDivElement>(null);
  const [chosen, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  // Linking takes a passage off the list: the choice stays within what is left.
  const active = Math.min(chosen, Math.max(0, (suggestions?.length ?? 0) - 1));

  useImperativeHandle(ref, () => ({ focus: () => (list.current ?? form.current?.querySelector('input'))?.focus() }), []);
  useEffect(() => setActive(0), [claimId]);
  useEffect(() => {
    if (focused) list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, focused]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!suggestions?.length) return;
    const relation = relationFor(e);
    if (e.key === 'ArrowDown') setActive(Math.min(suggestions.length - 1, active + 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(0, active - 1));
    else if (e.key === 'Escape') list.current?.blur();
    else if (relation && suggestions[active]) onLink(suggestions[active], relation);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <aside className="evidence-at-hand" data-testid="evidence-at-hand">
      <h2>{t('review.evidence.title')}</h2>
      <p className="muted small">{t('review.evidence.hint')}</p>
      {error ? (
        <p className="error small" role="alert">
          {t('review.evidence.failed', { message: error })}
        </p>
      ) : suggestions === null ? (
        <p className="muted small">{t('review.evidence.loading')}</p>
      ) : suggestions.length === 0 ? (
        <p className="muted small">{t('review.evidence.none')}</p>
      ) : (
        <>
          <ul
            ref={list}
            className={`suggestions${focused ? ' focused' : ''}`}
            role="listbox"
            tabIndex={0}
            aria-label={t('review.evidence.title')}
            aria-activedescendant={`suggestion-${active}`}
            data-testid="suggestions"
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
          >
            {suggestions.map((s, i) => {
              return (
                <li key={`${s.articleId}:${s.start}`} id={`suggestion-${i}`} role="option" aria-selected={i === active} className="suggestion" data-testid="suggestion" onMouseDown={() => setActive(i)}>
                  <div className="suggestion-head">
                    <span className="suggestion-title">{s.articleTitle}</span>
                    {s.isNew && <span className="new-badge">{t('review.evidence.new')}</span>}
                  </div>
                  <div className="suggestion-meta muted">{[s.site, formatDate(s.date, i18n.language)].filter(Boolean).join(' · ')}</div>
                  <p className="suggestion-snippet">
                    <Marked {...s.snippet} />
                  </p>
                  <div className="suggestion-actions">
                    {EVIDENCE_RELATIONS.map((r) => (
                      <button key={r} className={`link-as relation-${r}`} tabIndex={-1} title={t('review.evidence.linkAs', { relation: t(`claim.relation.${r}`) })} onClick={() => onLink(s, r)}>
                        <kbd>{keyOf(r)}</kbd>
                        {t(`claim.relation.${r}`)}
                      </button>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
          <p className={`keys-hint small${focused ? '' : ' muted'}`}>{focused ? t('review.evidence.keys') : `l · ${t('review.keys.link')}`}</p>
        </>
      )}
      <div ref={form}>
        <WebSourceForm key={claimId} onLink={onLinkWeb} />
        <ClaimLinkForm key={`claim-${claimId}`} claimId={claimId} onLink={onLinkClaim} />
      </div>
    </aside>
  );
}
