// @name migrations/026-merged-id-into
// The merged ids of a survivor: moved on when it is merged in turn, dropped with it, rebuilt when
// a revert puts it back.
CREATE INDEX merged_id_into IF NOT EXISTS FOR (m:MergedId) ON (m.intoId)
