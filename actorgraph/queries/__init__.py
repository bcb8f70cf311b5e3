"""Read-side of ActorGraph: named queries, search, paths, analytics, exports and views' subgraphs."""
