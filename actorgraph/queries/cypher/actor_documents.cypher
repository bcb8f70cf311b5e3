// name: actor_documents
// description: >-
//   Documents that mention an actor, newest first, with the mention count and how many relations of the
//   actor each document supports.
// params:
//   actor: {type: actor, required: true, description: "actor id or name"}
//   limit: {type: int, default: 100, min: 1, max: 100000}
// columns: [id, title, url, source, published, path, mentions, relations]
// example: {actor: person:nicolas-maduro}
MATCH (d:Document)-[m:MENTIONS]->(a:Actor {id: $actor})
OPTIONAL MATCH (a)-[r]-(:Actor)
WHERE r.doc_id = d.id
WITH d, m, count(r) AS relations
RETURN d.id AS id, d.title AS title, d.url AS url, d.source AS source, d.published AS published,
       d.path AS path, m.count AS mentions, relations
ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, published DESC, id
LIMIT $limit
