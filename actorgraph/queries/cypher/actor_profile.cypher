// name: actor_profile
// description: >-
//   One actor: kind, labels, aliases, external ids, description, how many documents mention it,
//   and its relation counts by type and direction (out = the actor is the source).
// params:
//   actor: {type: actor, required: true, description: "actor id or name"}
// columns: [id, name, kind, labels, aliases, external_ids, description, documents, relations, relation_counts]
// example: {actor: person:nicolas-maduro}
MATCH (a:Actor {id: $actor})
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(a)
WITH a, count(DISTINCT d) AS documents
OPTIONAL MATCH (a)-[r]-(:Actor)
WITH a, documents, type(r) AS type,
     CASE WHEN r IS NULL THEN NULL WHEN r.source = a.id THEN 'out' ELSE 'in' END AS direction, count(r) AS n
ORDER BY type, direction
WITH a, documents, collect(CASE WHEN type IS NULL THEN NULL ELSE {type: type, direction: direction, n: n} END) AS counts
RETURN a.id AS id, a.name AS name, a.kind AS kind, labels(a) AS labels, a.aliases AS aliases,
       a.external_ids AS external_ids, a.description AS description, documents,
       reduce(total = 0, c IN counts | total + c.n) AS relations, counts AS relation_counts
