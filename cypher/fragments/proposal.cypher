// @fragment proposal(p)
p {.id, .mapId, .createdAt, .authorKind, .authorName, .authorUserId, .text, .format, .sourceId, .newSource, .items, .links, .status, .version}
