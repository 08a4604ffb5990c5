// @name issue/remove-position
// No row when the claim takes no position on the issue.
MATCH (c:Claim {id: $claimId} WHERE {{in-map c}})-[r:ADDRESSES]->(:Issue {id: $issueId})
DELETE r
RETURN {{claim c}} AS item
