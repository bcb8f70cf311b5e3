// name: relation_evidence
// description: >-
//   The evidence behind a relation: by relation id, or every statement of a type between two actors
//   (source -> target as stored), with sentence, offsets, list locator and document.
// params:
//   id: {type: relation, description: "relation id (rel:...)"}
//   source: {type: actor, description: "source actor id or name"}
//   target: {type: actor, description: "target actor id or name"}
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   limit: {type: int, default: 200, min: 1, max: 100000}
// one_of: [id, source, target]
// columns: [id, source, type, target, date, status, attributed_to, confidence, sentence, start, end, locator, doc_id, document_title, document_url, document_source, published]
// example: {source: person:nicolas-maduro, target: person:donald-trump}
MATCH (a:Actor)-[r]->(b:Actor)
WHERE ($id IS NOT NULL OR $source IS NOT NULL OR $target IS NOT NULL)
  AND ($id IS NULL OR a.id = $id.source) AND ($id IS NULL OR b.id = $id.target)
  AND ($id IS NULL OR r.id = $id.id) AND ($source IS NULL OR a.id = $source)
  AND ($target IS NULL OR b.id = $target) AND type(r) IN $types
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN r.id AS id, a.id AS source, type(r) AS type, b.id AS target, r.date AS date, r.status AS status,
       r.attributed_to AS attributed_to, r.confidence AS confidence, r.sentence AS sentence,
       r.start AS start, r.end AS end, r.locator AS locator, r.doc_id AS doc_id,
       d.title AS document_title, d.url AS document_url, d.source AS document_source,
       d.published AS published
ORDER BY CASE WHEN r.date IS NULL THEN 1 ELSE 0 END, date, id
LIMIT $limit
