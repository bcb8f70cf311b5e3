// name: timeline
// description: >-
//   Every statement relating two actors, in either direction, oldest first (undated last), with its
//   status, who it is attributed to, confidence and the evidence sentence and document.
// params:
//   source: {type: actor, required: true, description: "actor id or name"}
//   target: {type: actor, required: true, description: "actor id or name"}
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
//   since: {type: date}
//   until: {type: date}
//   limit: {type: int, default: 500, min: 1, max: 100000}
// columns: [date, end_date, source, type, target, status, attributed_to, confidence, sentence, doc_id, document_title, document_url, published, locator, id]
// example: {source: person:nicolas-maduro, target: person:donald-trump}
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
WITH a, b
MATCH (a)-[r]-(b)
WHERE type(r) IN $types AND r.status IN $statuses
  AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= $since))
  AND ($until IS NULL OR (r.date IS NOT NULL AND left(r.date, size($until)) <= $until))
WITH DISTINCT r
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN r.date AS date, r.end_date AS end_date, r.source AS source, type(r) AS type, r.target AS target,
       r.status AS status, r.attributed_to AS attributed_to, r.confidence AS confidence,
       r.sentence AS sentence, r.doc_id AS doc_id, d.title AS document_title, d.url AS document_url,
       d.published AS published, r.locator AS locator, r.id AS id
ORDER BY CASE WHEN r.date IS NULL THEN 1 ELSE 0 END, date, type, id
LIMIT $limit
