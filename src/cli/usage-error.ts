/** A command line the argmap command cannot run as given: it prints the message and the usage, and exits 2. */
export class UsageError extends Error {}
