// @fragment argument-map(m)
// A map as the API shows it; its sizes counted on the (mapId, id) indexes.
m {.id, .name, .description, .visibility, revision: coalesce(m.revision, 0),
  createdAt: toString(m.createdAt), updatedAt: toString(coalesce(m.updatedAt, m.createdAt)),
  claimCount: COUNT { MATCH (c:Claim {mapId: m.id}) },
  argumentCount: COUNT { MATCH (a:Argument {mapId: m.id}) }}
