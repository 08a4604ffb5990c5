// @name db/delete-everything
// In batches small enough for the transaction memory limit of a small server, however many
// relationships the nodes have (a generated actor asserts thousands of claims; a Change holds a
// node's whole document).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
