// name: document_statements
// description: >-
//   Every relation statement of one document in text order — statements without an offset (a headline's,
//   sanctions-list rows) first, then by character offset, ties by id — with its sentence, offsets and list
//   locator. Reached through the actors the document mentions, in both directions (an implicit agent may
//   not be mentioned), so it never scans every relation of the graph.
// params:
//   document: {type: string, required: true, description: "document id (doc:...), as GET /documents lists"}
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   limit: {type: int, default: 1000, min: 1, max: 100000}
// columns: [start, end, sentence, locator, source, source_name, type, target, target_name, date, status, attributed_to, confidence, id]
// example: {document: "doc:b037ada59911fe4ddc3f66b749c758d9"}
MATCH (:Document {id: $document})-[:MENTIONS]->(:Actor)-[r]-(:Actor)
WHERE r.doc_id = $document AND type(r) IN $types
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b, coalesce(r.start, -1) AS position
RETURN r.start AS start, r.end AS end, r.sentence AS sentence, r.locator AS locator, a.id AS source,
       a.name AS source_name, type(r) AS type, b.id AS target, b.name AS target_name, r.date AS date,
       r.status AS status, r.attributed_to AS attributed_to, r.confidence AS confidence, r.id AS id
ORDER BY position, id
LIMIT $limit
