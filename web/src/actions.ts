/**
 * What one part of the explorer asks another to do, wired in main.ts: the modules call these
 * instead of importing each other, so none of them depends on the page as a whole.
 */
export const actions = {
  /** Shows a node: on the map (drawn around it when it is not there), centred with its neighbourhood, its panel open. */
  land: async (_id: string): Promise<void> => {},
  /** Opens a node's panel without moving the map. */
  showPanel: async (_id: string): Promise<void> => {},
  /** Fetches again what is shown (after a change), keeping the view. */
  refresh: async (_ids: string[]): Promise<void> => {},
  /** Evaluates again under the current semantics, scenario and revision. */
  reevaluate: async (): Promise<void> => {},
  /** Shows the chains view: the chains from one claim to another, or (with `to` null) asks where they end. */
  chains: async (_from: string, _to: string | null): Promise<void> => {},
  /** Shows the chains view with a claim's justification. */
  why: async (_id: string): Promise<void> => {},
  /** Opens another map (or, `again`, the one shown, keeping the view): every view is scoped to it, starting from its overview. */
  openMap: async (_id: string, _again?: boolean): Promise<void> => {},
  /** Reads the maps and the map shown again as the reader now is (after signing in, or out). */
  reopen: async (_signedIn: boolean): Promise<void> => {},
};
