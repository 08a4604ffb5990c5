import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One statement file as loaded: its name, its text with fragments expanded, its path. */
export interface StatementText {
  /** `<domain>/<verb>-<noun>`, the file's path below cypher/ without the extension. */
  name: string;
  text: string;
  file: string;
}

export class CypherRegistryError extends Error {}

const NAME_HEADER = /^\s*\/\/\s*@name\s+(\S+)\s*$/;
const FRAGMENT_HEADER = /^\s*\/\/\s*@fragment\s+([a-z][a-z-]*)\(([a-z]\w*)\)\s*$/;
/** `{{claim c}}`: the fragment `claim` with its variable renamed to `c`. */
const FRAGMENT_USE = /\{\{([a-z][a-z-]*)(?:\s+([a-z]\w*))?\}\}/g;
export const FRAGMENT_DIR = 'fragments';

interface Fragment {
  variable: string;
  body: string;
}

/** Replaces a variable everywhere it stands alone (not a property `.c`, a parameter `$c` or part of a word). */
function renameVariable(body: string, from: string, to: string): string {
  return from === to ? body : body.replace(new RegExp(`(?<![\\w.$])${from}(?!\\w)`, 'g'), to);
}

function expand(text: string, fragments: ReadonlyMap<string, Fragment>, file: string, depth = 0): string {
  if (depth > 4) throw new CypherRegistryError(`${file}: fragments nest too deeply`);
  return text.replace(FRAGMENT_USE, (_match, name: string, variable: string | undefined) => {
    const fragment = fragments.get(name);
    if (!fragment) throw new CypherRegistryError(`${file}: no fragment "${name}" (expected cypher/${FRAGMENT_DIR}/${name}.cypher)`);
    return expand(renameVariable(fragment.body, fragment.variable, variable ?? fragment.variable), fragments, file, depth + 1);
  });
}

const bodyOf = (text: string) => text.split('\n').slice(1).join('\n').trim();

/**
 * Holds every Cypher statement of the service, read once from cypher/ at start-up. Shared
 * pieces (a projection, the claim filter) live once in cypher/fragments/ and are written into
 * the statements that use them (`{{claim c}}`) as the files are loaded.
 */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, StatementText>) {}

  static async load(dir: string): Promise<CypherRegistry> {
    const files = (await readdir(dir, { recursive: true }))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.split(path.sep).join('/'))
      .sort();
    const fragments = new Map<string, Fragment>();
    const sources: { name: string; text: string; file: string }[] = [];
    for (const relative of files) {
      const file = path.join(dir, relative);
      const text = (await readFile(file, 'utf8')).trim();
      const first = text.split('\n', 1)[0] ?? '';
      const expected = relative.replace(/\.cypher$/, '');
      if (relative.startsWith(`${FRAGMENT_DIR}/`)) {
        const header = FRAGMENT_HEADER.exec(first);
        const name = expected.slice(FRAGMENT_DIR.length + 1);
        if (!header || header[1] !== name) {
          throw new CypherRegistryError(`${file}: the first line must be "// @fragment ${name}(<variable>)"`);
        }
        fragments.set(name, { variable: header[2] ?? '', body: bodyOf(text) });
        continue;
      }
      const header = NAME_HEADER.exec(first);
      if (!header) throw new CypherRegistryError(`${file}: the first line must be "// @name ${expected}"`);
      if (header[1] !== expected) throw new CypherRegistryError(`${file}: @name is "${header[1]}" but must be "${expected}"`);
      const body = bodyOf(text);
      if (!body) throw new CypherRegistryError(`${file}: no statement after the @name header`);
      sources.push({ name: expected, text: body, file });
    }
    const statements = new Map<string, StatementText>();
    for (const source of sources) statements.set(source.name, { ...source, text: expand(source.text, fragments, source.file) });
    return new CypherRegistry(statements);
  }

  /** Looks up a statement; a missing one is a boot error, so the executor checks the catalog at start-up. */
  get(name: string): StatementText {
    const statement = this.statements.get(name);
    if (!statement) {
      throw new CypherRegistryError(`missing Cypher statement "${name}" (expected cypher/${name}.cypher)`);
    }
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()];
  }

  all(): StatementText[] {
    return [...this.statements.values()];
  }
}
