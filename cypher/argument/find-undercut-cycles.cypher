// @name argument/find-undercut-cycles
// Whether the argument undercuts, through a chain of undercuts, itself (an update that aimed it
// at one of the arguments undercutting it).
MATCH (a:Argument {id: $id} WHERE {{in-map a}})
WHERE EXISTS { (a)-[:CONCLUSION]->+(a) }
RETURN a.id AS id
