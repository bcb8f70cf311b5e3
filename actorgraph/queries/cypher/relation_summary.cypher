// name: relation_summary
// description: >-
//   How many statements of each relation type and status the graph holds, how many distinct actor
//   pairs they connect, and their date range.
// params:
//   types: {type: relation_types, description: "relation types (default: every fact type)"}
//   statuses: {type: statuses, description: "statuses to keep (default: all)"}
// columns: [type, status, statements, pairs, first_date, last_date]
// example: {}
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types AND r.status IN $statuses
WITH type(r) AS type, r.status AS status, r, a.id + '|' + b.id AS pair
RETURN type, status, count(r) AS statements, count(DISTINCT pair) AS pairs,
       min(r.date) AS first_date, max(r.date) AS last_date
ORDER BY statements DESC, type, status
