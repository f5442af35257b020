"""Actors: knowledge base, mention resolver, coreference and dictionary importers."""

from dragoman.actors.importers import ImportReport, import_phoenix, import_wikidata
from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.resolver import ActorResolver, MentionIndex

__all__ = ["KnowledgeBase", "ActorResolver", "MentionIndex", "ImportReport", "import_phoenix", "import_wikidata"]
