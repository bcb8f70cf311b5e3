"""Loaders: readers turn files into documents, extractors turn documents into actors and relations."""
