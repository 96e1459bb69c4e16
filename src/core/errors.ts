/**
 * A mistake the user can fix (a wrong code, an unreadable file, an unknown template). Adapters
 * print its message plainly, without a stack; any other error is a bug and keeps its cause.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
