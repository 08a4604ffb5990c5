// An instance's state.json: what it keeps between runs (port, user, password), private to its owner (0600).
import type { NEO4J_USER } from './config.js';
import { readJson, writeJsonAtomic } from './run-files.js';
import type { Paths } from './paths.js';

export interface InstanceState {
  version: string;
  port: number;
  user: typeof NEO4J_USER;
  password: string;
  createdAt: string;
}

export function readState(paths: Paths): InstanceState | null {
  const state = readJson<InstanceState>(paths.stateFile);
  return state && typeof state.password === 'string' && state.password.length >= 8 ? state : null;
}

export function writeState(paths: Paths, state: InstanceState): void {
  writeJsonAtomic(paths.stateFile, state, 0o600);
}
