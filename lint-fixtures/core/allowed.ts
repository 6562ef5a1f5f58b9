// What the core may do: use the contract.
export type { Claim } from '../shared/model';
export const load = () => import('./sibling');
