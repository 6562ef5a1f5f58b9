// One transport reaching into another.
export const load = () => import('../main/ipc');
