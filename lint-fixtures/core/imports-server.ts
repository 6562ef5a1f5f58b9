// The core reaching into a transport.
export { startServer } from '../server/serve';
