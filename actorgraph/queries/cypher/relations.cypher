// name: relations
// description: >-
//   Relations (one row per statement) of the given types and statuses, optionally within a date window
//   and touching one actor, newest first.
// params:
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
//   actor: {type: actor, description: "only relations with this actor at either end (id or name)"}
//   since: {type: date}
//   until: {type: date}
//   min_confidence: {type: float, default: 0.0, min: 0, max: 1}
//   limit: {type: int, default: 500, min: 1, max: 100000}
// columns: [date, source, source_name, type, target, target_name, status, confidence, attributed_to, sentence, doc_id, id]
// example: {types: [NEGOTIATES_WITH, SANCTIONS], statuses: [reported, asserted]}
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types AND r.status IN $statuses AND r.confidence >= $min_confidence
  AND ($actor IS NULL OR a.id = $actor OR b.id = $actor)
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL AND left(r.date, size($until)) <= $until))
RETURN r.date AS date, a.id AS source, a.name AS source_name, type(r) AS type, b.id AS target,
       b.name AS target_name, r.status AS status, r.confidence AS confidence,
       r.attributed_to AS attributed_to, r.sentence AS sentence, r.doc_id AS doc_id, r.id AS id
ORDER BY CASE WHEN r.date IS NULL THEN 1 ELSE 0 END, date DESC, type, id
LIMIT $limit
