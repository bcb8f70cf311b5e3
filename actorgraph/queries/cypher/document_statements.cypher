// name: document_statements
// description: >-
//   Every relation statement of one document in text order — statements without an offset (a headline's,
//   sanctions-list rows) first, then by character offset, ties by id — with its sentence, offsets and list
//   locator. Reached through the actors the document mentions (statements from a mentioned actor, then
//   statements into one from an actor it does not mention, such as an implicit agent), so it never scans
//   every relation of the graph.
// params:
//   document: {type: string, required: true, description: "document id (doc:...), as GET /documents lists"}
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   limit: {type: int, default: 1000, min: 1, max: 100000}
// columns: [start, end, sentence, locator, source, source_name, type, target, target_name, date, status, attributed_to, confidence, id]
// example: {document: "doc:b037ada59911fe4ddc3f66b749c758d9"}
MATCH (d:Document {id: $document})
OPTIONAL MATCH (d)-[:MENTIONS]->(:Actor)-[out]->(:Actor)
WHERE out.doc_id = $document AND type(out) IN $types
WITH d, collect(out) AS outs
OPTIONAL MATCH (d)-[:MENTIONS]->(:Actor)<-[into]-(agent:Actor)
WHERE into.doc_id = $document AND type(into) IN $types AND NOT (d)-[:MENTIONS]->(agent)
// two steps: FalkorDB cannot add a carried list to an aggregate in one WITH
WITH outs, collect(into) AS ins
UNWIND outs + ins AS r
WITH r, coalesce(r.start, -1) AS position
ORDER BY position, r.id
LIMIT $limit
WITH r, position, startNode(r) AS a, endNode(r) AS b
RETURN r.start AS start, r.end AS end, r.sentence AS sentence, r.locator AS locator, a.id AS source,
       a.name AS source_name, type(r) AS type, b.id AS target, b.name AS target_name, r.date AS date,
       r.status AS status, r.attributed_to AS attributed_to, r.confidence AS confidence, r.id AS id
ORDER BY position, id
