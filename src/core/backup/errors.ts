// Why a backup file is refused, said so that the reader knows what to do; an InvalidInputError,
// so the API answers with 'invalid-input' and the CLI exits 1.
import { InvalidInputError } from '../errors';

export class BackupRefusedError extends InvalidInputError {
  override name = 'BackupRefusedError';

  constructor(file: string, reason: string) {
    super(`${file} cannot be restored: ${reason}. Nothing was changed.`);
  }
}

/** A backup that was written but did not pass verification: deleted, never counted as good. */
export class BackupFailedError extends Error {
  override name = 'BackupFailedError';
}
