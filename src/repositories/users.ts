import type { Executor } from '../db/executor.js';
import * as user from '../db/statements/user.js';
import type { UserRecord } from '../domain/people.js';
import { readByIds } from './rows.js';

/** The people who have signed in: recorded the first time their token is seen, named by it. */
export class UserRepository {
  constructor(private readonly db: Executor) {}

  async recordUser({ id, name }: { id: string; name: string }): Promise<void> {
    await this.db.write(user.recordUser, { id, name });
  }

  findUsersByIds = ({ ids }: { ids: readonly string[] }): Promise<(UserRecord | null)[]> => readByIds(this.db, user.findUsersByIds, ids);
}
