// name: co_mentioned
// description: >-
//   Actors named in the same documents as an actor, by the number of shared documents, with whether
//   the graph also holds a direct relation between the two.
// params:
//   actor: {type: actor, required: true, description: "actor id or name"}
//   kind: {type: kind, description: "only co-mentioned actors of this kind"}
//   min_documents: {type: int, default: 1, min: 1}
//   limit: {type: int, default: 50, min: 1, max: 10000}
// columns: [id, name, kind, documents, related]
// example: {actor: person:nicolas-maduro}
MATCH (a:Actor {id: $actor})<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Actor)
WHERE b.id <> a.id AND ($kind IS NULL OR b.kind = $kind)
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $min_documents
OPTIONAL MATCH (a)-[r]-(b)
WITH b, documents, count(r) AS related
RETURN b.id AS id, b.name AS name, b.kind AS kind, documents, related > 0 AS related
ORDER BY documents DESC, name, id
LIMIT $limit
