// @name import/link-conclusions
// An argument's conclusion, and premise links its premise list no longer names removed (the
// claims losing them are read first: find-stale-premises). Its premise links are written with
// the premise claims (link-premises).
UNWIND $rows AS row
MATCH (a:Argument {id: row.id} WHERE {{in-map a}})
{{argument-stale-premises a}}
{{argument-conclusion a}}
