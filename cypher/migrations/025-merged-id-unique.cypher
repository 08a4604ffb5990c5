// @name migrations/025-merged-id-unique
// The ids merged away by mergeClaims and mergeActors, one record an id naming its survivor
// (`intoId`): a read of a merged id answers the survivor, and no new node may take one. The
// survivor's `mergedFrom` list is what the revision log keeps (a revert puts it back with the
// node); these records follow it (see merge/record-merged-ids).
CREATE CONSTRAINT merged_id_unique IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE
