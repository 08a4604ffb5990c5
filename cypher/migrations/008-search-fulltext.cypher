// @name migrations/008-search-fulltext
// The map's key beside the text (`searchMap`), so a search asks the index for one map's hits only.
CREATE FULLTEXT INDEX search_in_map IF NOT EXISTS
FOR (n:Claim|Assertion|Actor|Provision)
ON EACH [n.searchText, n.searchMap]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } }
