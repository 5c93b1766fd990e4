"""The rule families; importing this package registers every rule."""

from . import anchoring, funding, governance, network, plan, process

__all__ = ["anchoring", "funding", "governance", "network", "plan", "process"]
