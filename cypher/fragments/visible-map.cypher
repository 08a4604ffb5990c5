// @fragment visible-map(m)
// Map m is one the reader may see: public, or the user is a member ($userId), or the key holds in
// it ($keyMapId), or an unscoped key sees every map ($seesAll). RequestMaps (src/api/graphql/maps.ts)
// decides the same for a map named by id.
(m.visibility = 'PUBLIC' OR $seesAll OR m.id = $keyMapId OR EXISTS { MATCH (:User {id: $userId})-[:MEMBER_OF]->(m) })
