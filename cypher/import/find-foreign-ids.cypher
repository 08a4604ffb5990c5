// @name import/find-foreign-ids
// The ids of a document that already belong to another map (ids are unique across the
// deployment, and an upsert leaves another map's node untouched): per map, how many and a few
// of them (a claim or actor id merged into another map's survivor counts as that map's); and,
// as `merged`, those merged into a survivor of this map, which no item may take again either. The
// ids come grouped by label, each looked up on its label's id index.
CALL () {
  UNWIND $ids.Claim AS id MATCH (n:Claim {id: id}) RETURN n
  UNION ALL UNWIND $ids.Argument AS id MATCH (n:Argument {id: id}) RETURN n
  UNION ALL UNWIND $ids.Actor AS id MATCH (n:Actor {id: id}) RETURN n
  UNION ALL UNWIND $ids.Source AS id MATCH (n:Source {id: id}) RETURN n
  UNION ALL UNWIND $ids.Provision AS id MATCH (n:Provision {id: id}) RETURN n
  UNION ALL UNWIND $ids.Assertion AS id MATCH (n:Assertion {id: id}) RETURN n
  UNION ALL UNWIND $ids.Issue AS id MATCH (n:Issue {id: id}) RETURN n
  UNION ALL UNWIND $ids.Claim + $ids.Actor AS id MATCH (n:MergedId {id: id}) RETURN n
}
WITH n WHERE n.mapId <> $mapId OR n:MergedId
WITH n.mapId AS mapId, n.mapId = $mapId AS merged, n.id AS id ORDER BY id
RETURN mapId, merged, count(id) AS count, collect(id)[..5] AS ids
ORDER BY count DESC, mapId
