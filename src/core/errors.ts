// The core's domain errors: thrown where the problem is found, and mapped to the API's error
// codes by class in `dispatch` (src/core/api.ts), so rewording a message never changes the API.

/** The thing asked for is not in the library. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The request cannot be carried out as asked (a bad selection, a link to itself…). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** The request contradicts the library's current state (undoing what is not the latest change…). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** Another long operation holds what this one needs. */
export class BusyError extends Error {
  override name = 'BusyError';
}
