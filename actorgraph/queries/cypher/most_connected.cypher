// name: most_connected
// description: >-
//   Actors with the most relations (statements) of the given types, with their number of distinct
//   neighbours and how many of the statements they are the source (outgoing) or target (incoming) of.
// params:
//   types: {type: relation_types, description: "relation types counted (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses counted (default: all)"}
//   kind: {type: kind, description: "only actors of this kind"}
//   limit: {type: int, default: 20, min: 1, max: 10000}
// columns: [id, name, kind, relations, neighbours, outgoing, incoming]
// example: {limit: 5}
MATCH (a:Actor)-[r]-(b:Actor)
WHERE type(r) IN $types AND r.status IN $statuses AND ($kind IS NULL OR a.kind = $kind)
WITH a, count(r) AS relations, count(DISTINCT b) AS neighbours,
     count(CASE WHEN r.source = a.id THEN 1 END) AS outgoing
RETURN a.id AS id, a.name AS name, a.kind AS kind, relations, neighbours, outgoing,
       relations - outgoing AS incoming
ORDER BY relations DESC, neighbours DESC, name, id
LIMIT $limit
