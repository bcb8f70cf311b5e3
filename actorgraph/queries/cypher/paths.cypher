// name: paths
// description: >-
//   Every simple chain of relations of up to k hops (1-4, either direction) between two actors,
//   shortest first, filtered by relation type and status; one row per chain of statements.
//   Limit: next to a hub (a country with thousands of statements) chains of 3-4 hops number in the
//   hundreds of thousands and can hit the query timeout (1-2 hops stay fast); for such pairs use
//   `actorgraph paths SOURCE TARGET --all` (the API's /paths), which searches from both ends.
// params:
//   source: {type: actor, required: true, description: "actor id or name"}
//   target: {type: actor, required: true, description: "actor id or name"}
//   max_hops: {type: int, default: 3, min: 1, max: 4}
//   types: {type: relation_types, description: "relation types to follow (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
//   limit: {type: int, default: 50, min: 1, max: 10000}
// columns: [hops, actors, names, types, relation_ids]
// example: {source: person:marco-rubio, target: person:donald-trump, max_hops: 4}
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
WITH a, b
MATCH p = (a)-[*1..{hops:max_hops}]-(b)
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND r.status IN $statuses)
  AND all(n IN nodes(p) WHERE n:Actor)
  AND size([n IN nodes(p) | n.id]) = size(reduce(seen = [], n IN nodes(p) |
        CASE WHEN n.id IN seen THEN seen ELSE seen + n.id END))
RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS actors, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types, [r IN relationships(p) | r.id] AS relation_ids
ORDER BY hops, names, relation_ids
LIMIT $limit
