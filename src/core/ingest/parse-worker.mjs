// Worker entry: loads the TypeScript parser through tsx, so the checkout runs as it is.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker-main.ts');
