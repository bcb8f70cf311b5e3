// name: shortest_path
// description: >-
//   The shortest chains of relations (any fact type, either direction, at most 6 hops) between two
//   actors, as lists of actor names and relation types. For large graphs or type filters use
//   `find_paths` (the API's /paths and the viz), which searches from both ends.
// params:
//   source: {type: actor, required: true, description: "actor id or name"}
//   target: {type: actor, required: true, description: "actor id or name"}
//   limit: {type: int, default: 10, min: 1, max: 1000}
// columns: [hops, actors, names, types]
// example: {source: person:marco-rubio, target: person:donald-trump}
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
WITH a, b WHERE a.id <> b.id
MATCH p = allShortestPaths((a)-[:{fact_types}*..6]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS actors, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types
ORDER BY names, types
LIMIT $limit
