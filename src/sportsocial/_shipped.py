"""Names of the data shipped with the package, known without loading what reads it.

The command line lists them in its help, which must not import the readers
(and their dependencies) just to say which ids exist.
"""

__all__ = ["METHODOLOGIES"]

#: Ids of the methodologies that ship with the package (``methodology/data/<id>.json``).
METHODOLOGIES: tuple[str, ...] = ("ssnb", "five-step")
