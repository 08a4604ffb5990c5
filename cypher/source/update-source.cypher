// @name source/update-source
MATCH (s:Source {id: $id} WHERE {{in-map s}})
SET s.title = $title, s.kind = $kind, s.publisher = $publisher, s.author = $author, s.publishedAt = date($publishedAt), s.url = $url
RETURN {{source s}} AS item
