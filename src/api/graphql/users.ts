import type { Reader } from '../../domain/people.js';
import type { UserRepository } from '../../repositories/users.js';

/**
 * The users this process has recorded, by id and the name it recorded: a user is written to the
 * database the first time they are seen (and again when their token names them differently), not
 * on every request. Bounded: past `max` users, the oldest are forgotten (and recorded again,
 * harmlessly, if they come back).
 */
export class KnownUsers {
  private readonly names = new Map<string, string>();

  constructor(private readonly max = 10_000) {}

  async see(reader: Extract<Reader, { kind: 'USER' }>, users: UserRepository): Promise<void> {
    if (this.names.get(reader.userId) === reader.name) return;
    await users.recordUser({ id: reader.userId, name: reader.name });
    this.names.delete(reader.userId);
    this.names.set(reader.userId, reader.name);
    if (this.names.size > this.max) this.names.delete(this.names.keys().next().value!);
  }
}
