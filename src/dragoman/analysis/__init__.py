"""Analysis over the store: one real event counted once (dedup), dyad trajectories,
recurring claims, the actor network and the static HTML report."""

from dragoman.analysis.dedup import DedupReport, deduplicate, ensure_deduplicated

__all__ = ["DedupReport", "deduplicate", "ensure_deduplicated"]
