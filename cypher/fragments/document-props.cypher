// @fragment document-props(n)
// The properties of node or relationship n as the revision log keeps them, as tuples (lists
// decode far faster than maps): [key, Cypher type, value]. Temporal values travel in the form
// the log writes (a datetime as its epoch milliseconds, a date as its ISO text) rather than as
// driver temporal objects. A node's map (and its search key) is not part of its state: it never
// changes, and a revert writes it back from the map it runs in.
[k IN keys(n) WHERE NOT k IN ['mapId', 'searchMap'] | [k, valueType(n[k]),
  CASE WHEN n[k] IS :: ZONED DATETIME THEN n[k].epochMillis WHEN n[k] IS :: DATE THEN toString(n[k]) ELSE n[k] END]]
