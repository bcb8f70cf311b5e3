// name: sanctions
// description: >-
//   Who sanctions or designates whom: one row per (source, type, target) with the programs named,
//   how many statements say so, their statuses and first/last dates. Programs come from the relation's
//   `programs` (list) or `program` property, as written by the OFAC and FtM loaders.
// params:
//   source: {type: actor, description: "only sanctions imposed by this actor (id or name)"}
//   target: {type: actor, description: "only sanctions on this actor (id or name)"}
//   program: {type: string, description: "only relations whose program contains this text (case-insensitive)"}
//   types: {type: relation_types, default: [SANCTIONS, DESIGNATES, EASES_SANCTIONS]}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
//   limit: {type: int, default: 200, min: 1, max: 100000}
// columns: [source, source_name, type, target, target_name, target_kind, programs, statements, statuses, first_date, last_date]
// example: {types: [SANCTIONS, DESIGNATES]}
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types AND r.status IN $statuses
  AND ($source IS NULL OR a.id = $source) AND ($target IS NULL OR b.id = $target)
WITH a, b, r, coalesce(r.programs, CASE WHEN r.program IS NULL THEN [] ELSE [r.program] END) AS progs
WHERE $program IS NULL OR any(p IN progs WHERE toLower(p) CONTAINS toLower($program))
WITH a, b, r, progs ORDER BY r.date, r.id
WITH a, b, type(r) AS type, collect(progs) AS prog_lists, count(r) AS statements,
     collect(DISTINCT r.status) AS statuses, min(r.date) AS first_date, max(r.date) AS last_date
RETURN a.id AS source, a.name AS source_name, type, b.id AS target, b.name AS target_name,
       b.kind AS target_kind,
       reduce(acc = [], ps IN prog_lists | acc + [p IN ps WHERE NOT p IN acc]) AS programs,
       statements, statuses, first_date, last_date
ORDER BY source_name, type, target_name, target
LIMIT $limit
