// name: actor_search
// description: >-
//   Actors whose name or an alias contains the text, accent-, case- and punctuation-insensitive.
//   Exact names first, then names starting with the text, then the most connected.
//   (search_actors in Python adds the engine's full-text index and fuzzy ranking.)
// params:
//   text: {type: name, required: true, description: "part of a name or alias"}
//   kind: {type: kind, description: "only actors of this kind (Person, Organization, ...)"}
//   limit: {type: int, default: 20, min: 1, max: 1000}
// columns: [id, name, kind, aliases, match, relations]
// example: {text: maduro}
MATCH (a:Actor)
WHERE any(n IN a.search_names WHERE n CONTAINS $text)
  AND ($kind IS NULL OR a.kind = $kind)
WITH a,
     CASE WHEN $text IN a.search_names THEN 'exact'
          WHEN any(n IN a.search_names WHERE n STARTS WITH $text) THEN 'prefix'
          ELSE 'substring' END AS match
OPTIONAL MATCH (a)-[r]-(:Actor)
WITH a, match, count(r) AS relations
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, match, relations
ORDER BY CASE match WHEN 'exact' THEN 0 WHEN 'prefix' THEN 1 ELSE 2 END, relations DESC, name, id
LIMIT $limit
