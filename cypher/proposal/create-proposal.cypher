// @name proposal/create-proposal
// A draft beside the map: its own label, so no list, search, export, evaluation or event of the map
// reads it. The items, links and new source are JSON (read back whole, checked where they enter).
CREATE (p:Proposal {
  id: $id, mapId: $mapId, createdAt: datetime(), authorKind: $authorKind, authorName: $authorName, authorUserId: $authorUserId,
  text: $text, format: $format, sourceId: $sourceId, newSource: $newSource, items: $items, links: $links, status: $status, version: 1
})
RETURN {{proposal p}} AS item
