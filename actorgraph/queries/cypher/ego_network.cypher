// name: ego_network
// description: >-
//   The relations within k hops (1-3, either direction) of an actor, one row per relation
//   (per statement), filtered by relation type, status and date window. Undated relations are left out
//   when a window is given.
// params:
//   actor: {type: actor, required: true, description: "actor id or name"}
//   hops: {type: int, default: 2, min: 1, max: 3}
//   types: {type: relation_types, description: "relation types to follow (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
//   since: {type: date, description: "keep relations dated on or after (ISO date or prefix)"}
//   until: {type: date, description: "keep relations dated on or before (ISO date or prefix)"}
//   limit: {type: int, default: 500, min: 1, max: 100000}
// columns: [id, source, source_name, type, target, target_name, date, status, hop]
// example: {actor: person:nicolas-maduro, hops: 2}
MATCH p = (a:Actor {id: $actor})-[*1..{hops:hops}]-(:Actor)
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND r.status IN $statuses
          AND ($since IS NULL OR (r.date IS NOT NULL AND r.date >= $since))
          AND ($until IS NULL OR (r.date IS NOT NULL AND left(r.date, size($until)) <= $until)))
WITH p, relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH rels[i] AS r, i + 1 AS hop
WITH r, min(hop) AS hop
MATCH (s:Actor {id: r.source}), (t:Actor {id: r.target})
RETURN r.id AS id, r.source AS source, s.name AS source_name, type(r) AS type, r.target AS target,
       t.name AS target_name, r.date AS date, r.status AS status, hop
ORDER BY hop, type, source, target, id
LIMIT $limit
