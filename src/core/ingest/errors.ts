/** A file that cannot be imported; the message is shown to the user as it is. */
export class ImportError extends Error {
  override name = 'ImportError';
}
