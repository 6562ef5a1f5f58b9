// The desktop transport reaching into browser mode's.
export { startServer } from '../server/serve';
