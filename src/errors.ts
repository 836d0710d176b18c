/** An error written for the user: the CLI prints its message and exits 2. */
export class KrisplanError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KrisplanError';
  }
}

export function isKrisplanError(error: unknown): error is KrisplanError {
  return error instanceof KrisplanError;
}
