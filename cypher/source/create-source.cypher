// @name source/create-source
CREATE (s:Source {id: $id, mapId: $mapId, title: $title, kind: $kind, publisher: $publisher, author: $author, publishedAt: date($publishedAt), url: $url})
RETURN {{source s}} AS item
