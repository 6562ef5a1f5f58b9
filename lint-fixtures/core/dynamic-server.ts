// The same, dynamically: no-restricted-imports alone would not see it.
export const load = () => import('../server/serve');
