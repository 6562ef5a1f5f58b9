// The core reaching into a client.
export { main } from '../cli/main';
