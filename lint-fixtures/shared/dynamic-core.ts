// The contract depending on what implements it.
export const load = () => import('../core/api');
