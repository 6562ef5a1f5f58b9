import type { ApiError } from './api';

/** How every transport answers a call: the value, or the error as data. */
export type DispatchReply = { ok: true; value: unknown } | { ok: false; error: ApiError };
