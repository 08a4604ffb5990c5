// @name map/delete-map-contents
// Everything a map holds (its nodes, revisions and their changes, the records of its merged ids,
// the proposals made for it), found on the map indexes and deleted in batches small enough for a
// small server's transaction memory.
CALL () {
  MATCH (n:Claim {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Argument {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Actor {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Source {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Provision {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Assertion {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Issue {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Revision {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Change {mapId: $id}) RETURN n
  UNION ALL MATCH (n:MergedId {mapId: $id}) RETURN n
  UNION ALL MATCH (n:Proposal {mapId: $id}) RETURN n
}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
