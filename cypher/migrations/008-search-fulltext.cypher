// @name migrations/008-search-fulltext
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Claim|Assertion|Actor|Provision)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } }
