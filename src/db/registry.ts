import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Statement {
  /** `<domain>/<verb>-<noun>`, the file's path below cypher/ without the extension. */
  name: string;
  text: string;
  file: string;
}

export class CypherRegistryError extends Error {}

const NAME_HEADER = /^\s*\/\/\s*@name\s+(\S+)\s*$/m;

/** Holds every Cypher statement of the service, read once from cypher/ at start-up. */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, Statement>) {}

  static async load(dir: string): Promise<CypherRegistry> {
    const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.cypher')).sort();
    const statements = new Map<string, Statement>();
    for (const relative of files) {
      const file = path.join(dir, relative);
      const text = (await readFile(file, 'utf8')).trim();
      const expected = relative
        .split(path.sep)
        .join('/')
        .replace(/\.cypher$/, '');
      const header = NAME_HEADER.exec(text.split('\n', 1)[0] ?? '');
      if (!header) {
        throw new CypherRegistryError(`${file}: the first line must be "// @name ${expected}"`);
      }
      if (header[1] !== expected) {
        throw new CypherRegistryError(`${file}: @name is "${header[1]}" but must be "${expected}"`);
      }
      const body = text.split('\n').slice(1).join('\n').trim();
      if (!body) throw new CypherRegistryError(`${file}: no statement after the @name header`);
      statements.set(expected, { name: expected, text: body, file });
    }
    return new CypherRegistry(statements);
  }

  /** Looks up a statement; a missing one is a boot error, so callers resolve theirs at construction. */
  get(name: string): Statement {
    const statement = this.statements.get(name);
    if (!statement) {
      throw new CypherRegistryError(`missing Cypher statement "${name}" (expected cypher/${name}.cypher)`);
    }
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()];
  }

  all(): Statement[] {
    return [...this.statements.values()];
  }
}
