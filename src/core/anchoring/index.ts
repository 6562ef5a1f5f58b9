export { anchor } from './match-quote';
export { describe, CONTEXT_LENGTH, type Anchor, type AnchorHealth, type Selectors, type TextPositionSelector, type TextQuoteSelector } from './selectors';
